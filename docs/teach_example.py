"""How a language model picks its next token, in a few lines of Python (tabllm.teach; run it as it is):

    python docs/teach_example.py                     # the bundled SmolLM2 on the best device here
    python docs/teach_example.py --model DIR --device cpu

1. The prompt as the model sees it: token ids, their text, the control tokens of the chat template.
2. The next-token distribution: the likeliest candidates with their probabilities, then the same step
   redrawn under other sampler settings (temperature, top-k, top-p) without running the model again.
3. Greedy decoding against sampling from the same prompt.
4. Inside the model at the prompt's last position: where each layer's attention heads look, and the logit
   lens (what the model would predict if it stopped after each layer).
"""

import argparse

import tabllm
from tabllm import teach
from tabllm.sampling import SamplerSettings


def show_tokens(engine, ids):
    parts = [f"[{t['text']}]" if t["special"] else t["text"].replace("\n", "\\n") for t in teach.tokens(engine, ids)]
    print(f"{len(ids)} tokens: " + " | ".join(parts))


def show_candidates(engine, logits, settings, label, top=5):
    probs = teach.distribution(logits, settings)
    cells = [f"{c['text']!r} {c['prob']:.3f}" for c in teach.candidates(engine, logits, settings, top=top, probs=probs)
             if c["prob"] > 0]
    print(f"  {label:28s} {sum(p > 0 for p in probs):6d} tokens possible; top: " + ", ".join(cells))


def show_inside(engine, ids, heads=3):
    why = teach.inside_available(engine)
    if why:
        print(f"  {why}")
        return
    view = teach.inside(engine, ids)
    texts = [t["text"] for t in teach.tokens(engine, ids)]
    print(f"  position {view['position']} ({texts[-1]!r}), where the first {heads} heads of each layer look most:")
    for layer, rows in enumerate(view["attention"]):
        looks = []
        for row in rows[:heads]:
            j = max(range(len(row)), key=row.__getitem__)
            looks.append(f"{texts[j]!r}@{j} {row[j]:.2f}")
        print(f"  layer {layer + 1:2d}: " + ", ".join(looks))
    print("  the logit lens (the final norm and head after each layer):")
    for row in view["lens"]:
        where = "embedding" if row["layer"] == 0 else f"layer {row['layer']}"
        print(f"  {where:10s} top {row['text']!r:14} p = {row['prob']:.3f}   p(final pick) = {row['final_prob']:.3f}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="model directory (default: the bundled SmolLM2)")
    ap.add_argument("--device", default="auto", choices=["auto", "gpu", "cpu", "reference"])
    ap.add_argument("--prompt", default="What is the capital of France?")
    args = ap.parse_args(argv)
    # debug=True: the plan also has the debug phases that section 4 reads (the other phases are the same)
    engine = tabllm.load(args.model, device=args.device, precision="f32", debug=True)
    try:
        messages = [{"role": "user", "content": args.prompt}]
        ids = engine.chat_prompt_ids(messages)
        print("1. The prompt")
        show_tokens(engine, ids)

        print("\n2. The next token")
        view = teach.next_token(engine, ids, temperature=1.0)
        print(f"  the GPU sampler drew {teach.tokens(engine, [view['token']])[0]['text']!r}; the likeliest:")
        for c in view["candidates"][:5]:
            print(f"  {c['text']!r:16} p = {c['prob']:.3f}   logit {c['logit']:7.3f}")
        for label, settings in [("greedy (temperature 0)", SamplerSettings(temperature=0)),
                                ("temperature 0.5", SamplerSettings(temperature=0.5)),
                                ("temperature 1.5", SamplerSettings(temperature=1.5)),
                                ("temperature 1, top-k 3", SamplerSettings(temperature=1.0, top_k=3)),
                                ("temperature 1, top-p 0.5", SamplerSettings(temperature=1.0, top_p=0.5))]:
            show_candidates(engine, view["logits"], settings, label)

        print("\n3. Greedy against sampled")
        greedy = engine.generate(messages, max_tokens=16, temperature=0)
        print(f"  greedy:            {greedy.text!r}")
        for seed in (1, 2):
            sampled = engine.generate(messages, max_tokens=16, temperature=1.0, seed=seed)
            print(f"  sampled (seed {seed}):  {sampled.text!r}")

        print("\n4. Inside the model")
        show_inside(engine, ids)
    finally:
        engine.close()


if __name__ == "__main__":
    main()
