// Conversations kept in this browser: IndexedDB database "tabllm", store "conversations", one record a
// chat: {id, title (its first user message, cut), created, updated (ms since 1970), messages: [{role,
// content, finish?, tokens?, interrupted?}], model?: {url (its folder's address), name}: the model it was
// written with, loaded again when the chat is opened (app.mjs; absent in chats kept before models could switch)}. The page writes a chat as it happens (the user's message when
// sent, the reply when it ends); the worker's engine gets a chat's answered turns when the page switches
// to it (app.mjs). Without IndexedDB (a browser that refuses it) the chats live in memory, for this visit.

const DB_NAME = "tabllm";
const STORE = "conversations";

function request(r) {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

export class ChatStore {
  constructor(db) {
    this.db = db; // null: kept in memory only
    this.memory = new Map();
    this.persistent = Boolean(db);
  }

  static async open() {
    try {
      const r = indexedDB.open(DB_NAME, 1);
      r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: "id" });
      return new ChatStore(await request(r));
    } catch (e) {
      console.warn("conversations are not kept (no IndexedDB):", e);
      return new ChatStore(null);
    }
  }

  async run(mode, fn) {
    const tx = this.db.transaction(STORE, mode);
    const done = new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = tx.onabort = () => reject(tx.error); });
    const result = await request(fn(tx.objectStore(STORE)));
    await done; // written (a readwrite transaction), or refused (a full quota)
    return result;
  }

  // Every chat, newest (last written) first.
  async list() {
    const all = this.db ? await this.run("readonly", (s) => s.getAll()) : [...this.memory.values()];
    return all.sort((a, b) => b.updated - a.updated);
  }

  async get(id) {
    return this.db ? ((await this.run("readonly", (s) => s.get(id))) ?? null) : (this.memory.get(id) ?? null);
  }

  async put(chat) {
    if (this.db) await this.run("readwrite", (s) => s.put(chat));
    else this.memory.set(chat.id, structuredClone(chat));
  }

  async delete(id) {
    if (this.db) await this.run("readwrite", (s) => s.delete(id));
    else this.memory.delete(id);
  }
}

// A chat's turns as the engine keeps them (web.py WebChat.send): each user message with the reply that
// answered it (whole, stopped or cut off); a message left unanswered (an error before the first token,
// a reload during the prompt) is shown, not sent.
export function answeredTurns(messages) {
  const out = [];
  for (let i = 0; i + 1 < messages.length; i++) {
    if (messages[i].role === "user" && messages[i + 1].role === "assistant") {
      out.push({ role: "user", content: messages[i].content }, { role: "assistant", content: messages[i + 1].content });
      i += 1;
    }
  }
  return out;
}
