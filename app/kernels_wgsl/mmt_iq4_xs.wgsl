@group(0) @binding(0) var<storage, read> wq_ptr : array<u32>;
@group(0) @binding(1) var<storage, read> x_ptr : array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> y_ptr : array<vec4<f32>>;

struct PODArgs {
  Kb: i32,
  N: i32,
  S: i32,
  n: i32,
  packGridDimX: u32
}
@group(0) @binding(3) var<uniform> podArgs : PODArgs;

var<workgroup> ws : array<vec4<f32>, 512>;
var<workgroup> xs : array<vec4<f32>, 512>;
@compute @workgroup_size(128, 1, 1)
fn mmt_iq4_xs_kernel(
  @builtin(workgroup_id) blockIdx : vec3<u32>,
  @builtin(num_workgroups) gridDim : vec3<u32>,
  @builtin(local_invocation_id) threadIdx : vec3<u32>
) {
  if (blockIdx.z * gridDim.x + blockIdx.x > podArgs.packGridDimX) { return; }
  let v__1 : i32 = i32(blockIdx.z * gridDim.x + blockIdx.x);
  var jb : array<i32, 1>;
  var k0 : array<i32, 1>;
  var nsteps : array<i32, 1>;
  var row0 : array<i32, 1>;
  var ty : array<i32, 1>;
  var tx : array<i32, 1>;
  var acc : array<vec4<f32>, 8>;
  var wrow : array<i32, 1>;
  var wcol : array<i32, 1>;
  var wreg : array<vec4<u32>, 1>;
  var sreg : array<vec4<f32>, 1>;
  var xreg : array<vec4<f32>, 4>;
  var xa : array<vec4<f32>, 1>;
  var wb : array<vec4<f32>, 2>;
  var wrow_1 : array<i32, 1>;
  var wcol_1 : array<i32, 1>;
  let rmod : i32 = (i32(blockIdx.y) % podArgs.S);
  let rdiv : i32 = (i32(blockIdx.y) / podArgs.S);
  jb[0i] = select((rdiv - 1i), rdiv, (((podArgs.S >= 0i) && (rmod >= 0i)) || ((podArgs.S < 0i) && (rmod <= 0i))));
  let rmod_1 : i32 = (i32(blockIdx.y) % podArgs.S);
  let rmod_2 : i32 = (((podArgs.Kb + podArgs.S) - 1i) % podArgs.S);
  let rdiv_1 : i32 = (((podArgs.Kb + podArgs.S) - 1i) / podArgs.S);
  k0[0i] = (select((rmod_1 + podArgs.S), rmod_1, (((podArgs.S >= 0i) && (rmod_1 >= 0i)) || ((podArgs.S < 0i) && (rmod_1 <= 0i)))) * select((rdiv_1 - 1i), rdiv_1, (((podArgs.S >= 0i) && (rmod_2 >= 0i)) || ((podArgs.S < 0i) && (rmod_2 <= 0i)))));
  let rmod_3 : i32 = (((podArgs.Kb + podArgs.S) - 1i) % podArgs.S);
  let rdiv_2 : i32 = (((podArgs.Kb + podArgs.S) - 1i) / podArgs.S);
  nsteps[0i] = min((podArgs.Kb - k0[0i]), select((rdiv_2 - 1i), rdiv_2, (((podArgs.S >= 0i) && (rmod_3 >= 0i)) || ((podArgs.S < 0i) && (rmod_3 <= 0i)))));
  let rmod_4 : i32 = (i32(blockIdx.y) % podArgs.S);
  row0[0i] = (select((rmod_4 + podArgs.S), rmod_4, (((podArgs.S >= 0i) && (rmod_4 >= 0i)) || ((podArgs.S < 0i) && (rmod_4 <= 0i)))) * podArgs.n);
  ty[0i] = (i32(threadIdx.x)>>3u);
  tx[0i] = (i32(threadIdx.x) & 7i);
  acc[0i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  acc[1i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  acc[2i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  acc[3i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  acc[4i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  acc[5i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  acc[6i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  acc[7i] = vec4<f32>(0.000000e+00f, 0.000000e+00f, 0.000000e+00f, 0.000000e+00f);
  wrow[0i] = (((jb[0i] * 64i) + ((i32(threadIdx.x)>>6u) * 32i)) + ((i32(threadIdx.x) & 7i) * 4i));
  wcol[0i] = ((min(k0[0i], (podArgs.Kb - 1i)) * 8i) + ((i32(threadIdx.x) & 63i)>>3u));
  var condval : u32;
  if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + ((wrow[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32((((wcol[0i] & 7i)>>2u) * 4i))) & 15u)>>2u) < 1u)) {
    condval = 1059919873u;
} else {
    var condval_1 : u32;
    if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + ((wrow[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32((((wcol[0i] & 7i)>>2u) * 4i))) & 15u)>>3u) < 1u)) {
      condval_1 = 1986682191u;
} else {
      condval_1 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + ((wrow[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32((((wcol[0i] & 7i)>>2u) * 4i))) & 15u) / 12u) < 1u));
}
    condval = condval_1;
}
  var condval_2 : u32;
  if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + ((wrow[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 8i))) & 15u)>>2u) < 1u)) {
    condval_2 = 1059919873u;
} else {
    var condval_3 : u32;
    if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + ((wrow[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 8i))) & 15u)>>3u) < 1u)) {
      condval_3 = 1986682191u;
} else {
      condval_3 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + ((wrow[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 8i))) & 15u) / 12u) < 1u));
}
    condval_2 = condval_3;
}
  var condval_4 : u32;
  if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + ((wrow[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 16i))) & 15u)>>2u) < 1u)) {
    condval_4 = 1059919873u;
} else {
    var condval_5 : u32;
    if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + ((wrow[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 16i))) & 15u)>>3u) < 1u)) {
      condval_5 = 1986682191u;
} else {
      condval_5 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + ((wrow[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 16i))) & 15u) / 12u) < 1u));
}
    condval_4 = condval_5;
}
  var condval_6 : u32;
  if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + ((wrow[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 24i))) & 15u)>>2u) < 1u)) {
    condval_6 = 1059919873u;
} else {
    var condval_7 : u32;
    if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + ((wrow[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 24i))) & 15u)>>3u) < 1u)) {
      condval_7 = 1986682191u;
} else {
      condval_7 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + ((wrow[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 24i))) & 15u) / 12u) < 1u));
}
    condval_6 = condval_7;
}
  var condval_8 : u32;
  if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32((((wcol[0i] & 7i)>>2u) * 4i))) & 15u)>>2u) < 1u)) {
    condval_8 = 1059919873u;
} else {
    var condval_9 : u32;
    if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32((((wcol[0i] & 7i)>>2u) * 4i))) & 15u)>>3u) < 1u)) {
      condval_9 = 1986682191u;
} else {
      condval_9 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32((((wcol[0i] & 7i)>>2u) * 4i))) & 15u) / 12u) < 1u));
}
    condval_8 = condval_9;
}
  var condval_10 : u32;
  if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 8i))) & 15u)>>2u) < 1u)) {
    condval_10 = 1059919873u;
} else {
    var condval_11 : u32;
    if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 8i))) & 15u)>>3u) < 1u)) {
      condval_11 = 1986682191u;
} else {
      condval_11 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 8i))) & 15u) / 12u) < 1u));
}
    condval_10 = condval_11;
}
  var condval_12 : u32;
  if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 16i))) & 15u)>>2u) < 1u)) {
    condval_12 = 1059919873u;
} else {
    var condval_13 : u32;
    if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 16i))) & 15u)>>3u) < 1u)) {
      condval_13 = 1986682191u;
} else {
      condval_13 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 16i))) & 15u) / 12u) < 1u));
}
    condval_12 = condval_13;
}
  var condval_14 : u32;
  if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 24i))) & 15u)>>2u) < 1u)) {
    condval_14 = 1059919873u;
} else {
    var condval_15 : u32;
    if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 24i))) & 15u)>>3u) < 1u)) {
      condval_15 = 1986682191u;
} else {
      condval_15 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 24i))) & 15u) / 12u) < 1u));
}
    condval_14 = condval_15;
}
  var condval_16 : u32;
  if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32((((wcol[0i] & 7i)>>2u) * 4i))) & 15u)>>2u) < 1u)) {
    condval_16 = 1059919873u;
} else {
    var condval_17 : u32;
    if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32((((wcol[0i] & 7i)>>2u) * 4i))) & 15u)>>3u) < 1u)) {
      condval_17 = 1986682191u;
} else {
      condval_17 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32((((wcol[0i] & 7i)>>2u) * 4i))) & 15u) / 12u) < 1u));
}
    condval_16 = condval_17;
}
  var condval_18 : u32;
  if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 8i))) & 15u)>>2u) < 1u)) {
    condval_18 = 1059919873u;
} else {
    var condval_19 : u32;
    if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 8i))) & 15u)>>3u) < 1u)) {
      condval_19 = 1986682191u;
} else {
      condval_19 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 8i))) & 15u) / 12u) < 1u));
}
    condval_18 = condval_19;
}
  var condval_20 : u32;
  if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 16i))) & 15u)>>2u) < 1u)) {
    condval_20 = 1059919873u;
} else {
    var condval_21 : u32;
    if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 16i))) & 15u)>>3u) < 1u)) {
      condval_21 = 1986682191u;
} else {
      condval_21 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 16i))) & 15u) / 12u) < 1u));
}
    condval_20 = condval_21;
}
  var condval_22 : u32;
  if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 24i))) & 15u)>>2u) < 1u)) {
    condval_22 = 1059919873u;
} else {
    var condval_23 : u32;
    if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 24i))) & 15u)>>3u) < 1u)) {
      condval_23 = 1986682191u;
} else {
      condval_23 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 24i))) & 15u) / 12u) < 1u));
}
    condval_22 = condval_23;
}
  var condval_24 : u32;
  if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32((((wcol[0i] & 7i)>>2u) * 4i))) & 15u)>>2u) < 1u)) {
    condval_24 = 1059919873u;
} else {
    var condval_25 : u32;
    if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32((((wcol[0i] & 7i)>>2u) * 4i))) & 15u)>>3u) < 1u)) {
      condval_25 = 1986682191u;
} else {
      condval_25 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32((((wcol[0i] & 7i)>>2u) * 4i))) & 15u) / 12u) < 1u));
}
    condval_24 = condval_25;
}
  var condval_26 : u32;
  if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 8i))) & 15u)>>2u) < 1u)) {
    condval_26 = 1059919873u;
} else {
    var condval_27 : u32;
    if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 8i))) & 15u)>>3u) < 1u)) {
      condval_27 = 1986682191u;
} else {
      condval_27 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 8i))) & 15u) / 12u) < 1u));
}
    condval_26 = condval_27;
}
  var condval_28 : u32;
  if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 16i))) & 15u)>>2u) < 1u)) {
    condval_28 = 1059919873u;
} else {
    var condval_29 : u32;
    if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 16i))) & 15u)>>3u) < 1u)) {
      condval_29 = 1986682191u;
} else {
      condval_29 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 16i))) & 15u) / 12u) < 1u));
}
    condval_28 = condval_29;
}
  var condval_30 : u32;
  if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 24i))) & 15u)>>2u) < 1u)) {
    condval_30 = 1059919873u;
} else {
    var condval_31 : u32;
    if (((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 24i))) & 15u)>>3u) < 1u)) {
      condval_31 = 1986682191u;
} else {
      condval_31 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 24i))) & 15u) / 12u) < 1u));
}
    condval_30 = condval_31;
}
  wreg[0i] = vec4<u32>(((((((condval>>((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + ((wrow[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32((((wcol[0i] & 7i)>>2u) * 4i))) & 15u) & 3u) * 8u)) & 255u)<<0u) | (((condval_2>>((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + ((wrow[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 8i))) & 15u) & 3u) * 8u)) & 255u)<<8u)) | (((condval_4>>((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + ((wrow[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 16i))) & 15u) & 3u) * 8u)) & 255u)<<16u)) | (((condval_6>>((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + ((wrow[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 24i))) & 15u) & 3u) * 8u)) & 255u)<<24u)), ((((((condval_8>>((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32((((wcol[0i] & 7i)>>2u) * 4i))) & 15u) & 3u) * 8u)) & 255u)<<0u) | (((condval_10>>((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 8i))) & 15u) & 3u) * 8u)) & 255u)<<8u)) | (((condval_12>>((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 16i))) & 15u) & 3u) * 8u)) & 255u)<<16u)) | (((condval_14>>((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 24i))) & 15u) & 3u) * 8u)) & 255u)<<24u)), ((((((condval_16>>((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32((((wcol[0i] & 7i)>>2u) * 4i))) & 15u) & 3u) * 8u)) & 255u)<<0u) | (((condval_18>>((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 8i))) & 15u) & 3u) * 8u)) & 255u)<<8u)) | (((condval_20>>((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 16i))) & 15u) & 3u) * 8u)) & 255u)<<16u)) | (((condval_22>>((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 24i))) & 15u) & 3u) * 8u)) & 255u)<<24u)), ((((((condval_24>>((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32((((wcol[0i] & 7i)>>2u) * 4i))) & 15u) & 3u) * 8u)) & 255u)<<0u) | (((condval_26>>((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 8i))) & 15u) & 3u) * 8u)) & 255u)<<8u)) | (((condval_28>>((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 16i))) & 15u) & 3u) * 8u)) & 255u)<<16u)) | (((condval_30>>((((wq_ptr[((((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol[0i] & 63i)>>3u) * 4i)) + (wcol[0i] & 3i)) + 2i)]>>u32(((((wcol[0i] & 7i)>>2u) * 4i) + 24i))) & 15u) & 3u) * 8u)) & 255u)<<24u)));
  let h : u32 = ((wq_ptr[(((wcol[0i]>>6u) * 34i) + ((wrow[0i] * (podArgs.Kb>>3u)) * 34i))]>>0u) & 65535u);
  let h_1 : u32 = ((wq_ptr[(((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 1i) * (podArgs.Kb>>3u)) * 34i))]>>0u) & 65535u);
  let h_2 : u32 = ((wq_ptr[(((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 2i) * (podArgs.Kb>>3u)) * 34i))]>>0u) & 65535u);
  let h_3 : u32 = ((wq_ptr[(((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 3i) * (podArgs.Kb>>3u)) * 34i))]>>0u) & 65535u);
  sreg[0i] = vec4<f32>((bitcast<f32>((((h>>15u)<<31u) | select(select((((((h>>10u) & 31u) + 112u)<<23u) | ((h & 1023u)<<13u)), (2139095040u | ((h & 1023u)<<13u)), (((h>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h & 1023u))) - 201326592u), 0u, ((h & 1023u) == 0u)), (((h>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wcol[0i]>>6u) * 34i) + ((wrow[0i] * (podArgs.Kb>>3u)) * 34i)) + 1i)]>>u32((((wcol[0i] & 63i)>>4u) * 8i))) & 255u))>>u32((((wcol[0i] & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wcol[0i]>>6u) * 34i) + ((wrow[0i] * (podArgs.Kb>>3u)) * 34i))]>>16u) & 65535u))>>u32((((wcol[0i] & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))), (bitcast<f32>((((h_1>>15u)<<31u) | select(select((((((h_1>>10u) & 31u) + 112u)<<23u) | ((h_1 & 1023u)<<13u)), (2139095040u | ((h_1 & 1023u)<<13u)), (((h_1>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_1 & 1023u))) - 201326592u), 0u, ((h_1 & 1023u) == 0u)), (((h_1>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + 1i)]>>u32((((wcol[0i] & 63i)>>4u) * 8i))) & 255u))>>u32((((wcol[0i] & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 1i) * (podArgs.Kb>>3u)) * 34i))]>>16u) & 65535u))>>u32((((wcol[0i] & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))), (bitcast<f32>((((h_2>>15u)<<31u) | select(select((((((h_2>>10u) & 31u) + 112u)<<23u) | ((h_2 & 1023u)<<13u)), (2139095040u | ((h_2 & 1023u)<<13u)), (((h_2>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_2 & 1023u))) - 201326592u), 0u, ((h_2 & 1023u) == 0u)), (((h_2>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + 1i)]>>u32((((wcol[0i] & 63i)>>4u) * 8i))) & 255u))>>u32((((wcol[0i] & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 2i) * (podArgs.Kb>>3u)) * 34i))]>>16u) & 65535u))>>u32((((wcol[0i] & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))), (bitcast<f32>((((h_3>>15u)<<31u) | select(select((((((h_3>>10u) & 31u) + 112u)<<23u) | ((h_3 & 1023u)<<13u)), (2139095040u | ((h_3 & 1023u)<<13u)), (((h_3>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_3 & 1023u))) - 201326592u), 0u, ((h_3 & 1023u) == 0u)), (((h_3>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + 1i)]>>u32((((wcol[0i] & 63i)>>4u) * 8i))) & 255u))>>u32((((wcol[0i] & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wcol[0i]>>6u) * 34i) + (((wrow[0i] + 3i) * (podArgs.Kb>>3u)) * 34i))]>>16u) & 65535u))>>u32((((wcol[0i] & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))));
  xreg[0i] = x_ptr[(((min(k0[0i], (podArgs.Kb - 1i)) * 8i) + ((min((((v__1 * 64i) + ((i32(threadIdx.x)>>6u) * 32i)) + ((i32(threadIdx.x) & 7i) * 4i)), (podArgs.n - 1i)) * podArgs.Kb) * 8i)) + ((i32(threadIdx.x) & 63i)>>3u))];
  xreg[1i] = x_ptr[(((min(k0[0i], (podArgs.Kb - 1i)) * 8i) + ((min(((((v__1 * 64i) + ((i32(threadIdx.x)>>6u) * 32i)) + ((i32(threadIdx.x) & 7i) * 4i)) + 1i), (podArgs.n - 1i)) * podArgs.Kb) * 8i)) + ((i32(threadIdx.x) & 63i)>>3u))];
  xreg[2i] = x_ptr[(((min(k0[0i], (podArgs.Kb - 1i)) * 8i) + ((min(((((v__1 * 64i) + ((i32(threadIdx.x)>>6u) * 32i)) + ((i32(threadIdx.x) & 7i) * 4i)) + 2i), (podArgs.n - 1i)) * podArgs.Kb) * 8i)) + ((i32(threadIdx.x) & 63i)>>3u))];
  xreg[3i] = x_ptr[(((min(k0[0i], (podArgs.Kb - 1i)) * 8i) + ((min(((((v__1 * 64i) + ((i32(threadIdx.x)>>6u) * 32i)) + ((i32(threadIdx.x) & 7i) * 4i)) + 3i), (podArgs.n - 1i)) * podArgs.Kb) * 8i)) + ((i32(threadIdx.x) & 63i)>>3u))];
  for (var s : i32 = 0i; s < nsteps[0i]; s++) {
    ws[(((((i32(threadIdx.x) & 63i)>>3u) * 64i) + ((i32(threadIdx.x)>>6u) * 8i)) + (i32(threadIdx.x) & 7i))] = ((bitcast<vec4<f32>>((((wreg[0i]>>vec4<u32>(0u, 0u, 0u, 0u)) & vec4<u32>(255u, 255u, 255u, 255u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388736e+06f, 8.388736e+06f, 8.388736e+06f, 8.388736e+06f)) * sreg[0i]);
    ws[((((((i32(threadIdx.x) & 63i)>>3u) * 64i) + ((i32(threadIdx.x)>>6u) * 8i)) + (i32(threadIdx.x) & 7i)) + 16i)] = ((bitcast<vec4<f32>>((((wreg[0i]>>vec4<u32>(8u, 8u, 8u, 8u)) & vec4<u32>(255u, 255u, 255u, 255u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388736e+06f, 8.388736e+06f, 8.388736e+06f, 8.388736e+06f)) * sreg[0i]);
    ws[((((((i32(threadIdx.x) & 63i)>>3u) * 64i) + ((i32(threadIdx.x)>>6u) * 8i)) + (i32(threadIdx.x) & 7i)) + 32i)] = ((bitcast<vec4<f32>>((((wreg[0i]>>vec4<u32>(16u, 16u, 16u, 16u)) & vec4<u32>(255u, 255u, 255u, 255u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388736e+06f, 8.388736e+06f, 8.388736e+06f, 8.388736e+06f)) * sreg[0i]);
    ws[((((((i32(threadIdx.x) & 63i)>>3u) * 64i) + ((i32(threadIdx.x)>>6u) * 8i)) + (i32(threadIdx.x) & 7i)) + 48i)] = ((bitcast<vec4<f32>>((((wreg[0i]>>vec4<u32>(24u, 24u, 24u, 24u)) & vec4<u32>(255u, 255u, 255u, 255u)) | vec4<u32>(1258291200u, 1258291200u, 1258291200u, 1258291200u))) - vec4<f32>(8.388736e+06f, 8.388736e+06f, 8.388736e+06f, 8.388736e+06f)) * sreg[0i]);
    xs[(((((i32(threadIdx.x) & 63i)>>3u) * 64i) + ((i32(threadIdx.x)>>6u) * 8i)) + (i32(threadIdx.x) & 7i))] = vec4<f32>(xreg[0i][0], xreg[1i][0], xreg[2i][0], xreg[3i][0]);
    xs[((((((i32(threadIdx.x) & 63i)>>3u) * 64i) + ((i32(threadIdx.x)>>6u) * 8i)) + (i32(threadIdx.x) & 7i)) + 16i)] = vec4<f32>(xreg[0i][1], xreg[1i][1], xreg[2i][1], xreg[3i][1]);
    xs[((((((i32(threadIdx.x) & 63i)>>3u) * 64i) + ((i32(threadIdx.x)>>6u) * 8i)) + (i32(threadIdx.x) & 7i)) + 32i)] = vec4<f32>(xreg[0i][2], xreg[1i][2], xreg[2i][2], xreg[3i][2]);
    xs[((((((i32(threadIdx.x) & 63i)>>3u) * 64i) + ((i32(threadIdx.x)>>6u) * 8i)) + (i32(threadIdx.x) & 7i)) + 48i)] = vec4<f32>(xreg[0i][3], xreg[1i][3], xreg[2i][3], xreg[3i][3]);
    workgroupBarrier();
    wrow_1[0i] = (((jb[0i] * 64i) + ((i32(threadIdx.x)>>6u) * 32i)) + ((i32(threadIdx.x) & 7i) * 4i));
    wcol_1[0i] = ((min(((k0[0i] + s) + 1i), ((k0[0i] + nsteps[0i]) - 1i)) * 8i) + ((i32(threadIdx.x) & 63i)>>3u));
    var condval_32 : u32;
    if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + ((wrow_1[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32((((wcol_1[0i] & 7i)>>2u) * 4i))) & 15u)>>2u) < 1u)) {
      condval_32 = 1059919873u;
} else {
      var condval_33 : u32;
      if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + ((wrow_1[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32((((wcol_1[0i] & 7i)>>2u) * 4i))) & 15u)>>3u) < 1u)) {
        condval_33 = 1986682191u;
} else {
        condval_33 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + ((wrow_1[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32((((wcol_1[0i] & 7i)>>2u) * 4i))) & 15u) / 12u) < 1u));
}
      condval_32 = condval_33;
}
    var condval_34 : u32;
    if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + ((wrow_1[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 8i))) & 15u)>>2u) < 1u)) {
      condval_34 = 1059919873u;
} else {
      var condval_35 : u32;
      if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + ((wrow_1[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 8i))) & 15u)>>3u) < 1u)) {
        condval_35 = 1986682191u;
} else {
        condval_35 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + ((wrow_1[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 8i))) & 15u) / 12u) < 1u));
}
      condval_34 = condval_35;
}
    var condval_36 : u32;
    if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + ((wrow_1[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 16i))) & 15u)>>2u) < 1u)) {
      condval_36 = 1059919873u;
} else {
      var condval_37 : u32;
      if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + ((wrow_1[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 16i))) & 15u)>>3u) < 1u)) {
        condval_37 = 1986682191u;
} else {
        condval_37 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + ((wrow_1[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 16i))) & 15u) / 12u) < 1u));
}
      condval_36 = condval_37;
}
    var condval_38 : u32;
    if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + ((wrow_1[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 24i))) & 15u)>>2u) < 1u)) {
      condval_38 = 1059919873u;
} else {
      var condval_39 : u32;
      if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + ((wrow_1[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 24i))) & 15u)>>3u) < 1u)) {
        condval_39 = 1986682191u;
} else {
        condval_39 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + ((wrow_1[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 24i))) & 15u) / 12u) < 1u));
}
      condval_38 = condval_39;
}
    var condval_40 : u32;
    if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32((((wcol_1[0i] & 7i)>>2u) * 4i))) & 15u)>>2u) < 1u)) {
      condval_40 = 1059919873u;
} else {
      var condval_41 : u32;
      if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32((((wcol_1[0i] & 7i)>>2u) * 4i))) & 15u)>>3u) < 1u)) {
        condval_41 = 1986682191u;
} else {
        condval_41 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32((((wcol_1[0i] & 7i)>>2u) * 4i))) & 15u) / 12u) < 1u));
}
      condval_40 = condval_41;
}
    var condval_42 : u32;
    if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 8i))) & 15u)>>2u) < 1u)) {
      condval_42 = 1059919873u;
} else {
      var condval_43 : u32;
      if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 8i))) & 15u)>>3u) < 1u)) {
        condval_43 = 1986682191u;
} else {
        condval_43 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 8i))) & 15u) / 12u) < 1u));
}
      condval_42 = condval_43;
}
    var condval_44 : u32;
    if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 16i))) & 15u)>>2u) < 1u)) {
      condval_44 = 1059919873u;
} else {
      var condval_45 : u32;
      if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 16i))) & 15u)>>3u) < 1u)) {
        condval_45 = 1986682191u;
} else {
        condval_45 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 16i))) & 15u) / 12u) < 1u));
}
      condval_44 = condval_45;
}
    var condval_46 : u32;
    if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 24i))) & 15u)>>2u) < 1u)) {
      condval_46 = 1059919873u;
} else {
      var condval_47 : u32;
      if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 24i))) & 15u)>>3u) < 1u)) {
        condval_47 = 1986682191u;
} else {
        condval_47 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 24i))) & 15u) / 12u) < 1u));
}
      condval_46 = condval_47;
}
    var condval_48 : u32;
    if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32((((wcol_1[0i] & 7i)>>2u) * 4i))) & 15u)>>2u) < 1u)) {
      condval_48 = 1059919873u;
} else {
      var condval_49 : u32;
      if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32((((wcol_1[0i] & 7i)>>2u) * 4i))) & 15u)>>3u) < 1u)) {
        condval_49 = 1986682191u;
} else {
        condval_49 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32((((wcol_1[0i] & 7i)>>2u) * 4i))) & 15u) / 12u) < 1u));
}
      condval_48 = condval_49;
}
    var condval_50 : u32;
    if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 8i))) & 15u)>>2u) < 1u)) {
      condval_50 = 1059919873u;
} else {
      var condval_51 : u32;
      if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 8i))) & 15u)>>3u) < 1u)) {
        condval_51 = 1986682191u;
} else {
        condval_51 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 8i))) & 15u) / 12u) < 1u));
}
      condval_50 = condval_51;
}
    var condval_52 : u32;
    if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 16i))) & 15u)>>2u) < 1u)) {
      condval_52 = 1059919873u;
} else {
      var condval_53 : u32;
      if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 16i))) & 15u)>>3u) < 1u)) {
        condval_53 = 1986682191u;
} else {
        condval_53 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 16i))) & 15u) / 12u) < 1u));
}
      condval_52 = condval_53;
}
    var condval_54 : u32;
    if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 24i))) & 15u)>>2u) < 1u)) {
      condval_54 = 1059919873u;
} else {
      var condval_55 : u32;
      if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 24i))) & 15u)>>3u) < 1u)) {
        condval_55 = 1986682191u;
} else {
        condval_55 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 24i))) & 15u) / 12u) < 1u));
}
      condval_54 = condval_55;
}
    var condval_56 : u32;
    if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32((((wcol_1[0i] & 7i)>>2u) * 4i))) & 15u)>>2u) < 1u)) {
      condval_56 = 1059919873u;
} else {
      var condval_57 : u32;
      if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32((((wcol_1[0i] & 7i)>>2u) * 4i))) & 15u)>>3u) < 1u)) {
        condval_57 = 1986682191u;
} else {
        condval_57 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32((((wcol_1[0i] & 7i)>>2u) * 4i))) & 15u) / 12u) < 1u));
}
      condval_56 = condval_57;
}
    var condval_58 : u32;
    if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 8i))) & 15u)>>2u) < 1u)) {
      condval_58 = 1059919873u;
} else {
      var condval_59 : u32;
      if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 8i))) & 15u)>>3u) < 1u)) {
        condval_59 = 1986682191u;
} else {
        condval_59 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 8i))) & 15u) / 12u) < 1u));
}
      condval_58 = condval_59;
}
    var condval_60 : u32;
    if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 16i))) & 15u)>>2u) < 1u)) {
      condval_60 = 1059919873u;
} else {
      var condval_61 : u32;
      if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 16i))) & 15u)>>3u) < 1u)) {
        condval_61 = 1986682191u;
} else {
        condval_61 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 16i))) & 15u) / 12u) < 1u));
}
      condval_60 = condval_61;
}
    var condval_62 : u32;
    if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 24i))) & 15u)>>2u) < 1u)) {
      condval_62 = 1059919873u;
} else {
      var condval_63 : u32;
      if (((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 24i))) & 15u)>>3u) < 1u)) {
        condval_63 = 1986682191u;
} else {
        condval_63 = select(4057580981u, 2795081089u, ((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 24i))) & 15u) / 12u) < 1u));
}
      condval_62 = condval_63;
}
    wreg[0i] = vec4<u32>(((((((condval_32>>((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + ((wrow_1[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32((((wcol_1[0i] & 7i)>>2u) * 4i))) & 15u) & 3u) * 8u)) & 255u)<<0u) | (((condval_34>>((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + ((wrow_1[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 8i))) & 15u) & 3u) * 8u)) & 255u)<<8u)) | (((condval_36>>((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + ((wrow_1[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 16i))) & 15u) & 3u) * 8u)) & 255u)<<16u)) | (((condval_38>>((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + ((wrow_1[0i] * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 24i))) & 15u) & 3u) * 8u)) & 255u)<<24u)), ((((((condval_40>>((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32((((wcol_1[0i] & 7i)>>2u) * 4i))) & 15u) & 3u) * 8u)) & 255u)<<0u) | (((condval_42>>((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 8i))) & 15u) & 3u) * 8u)) & 255u)<<8u)) | (((condval_44>>((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 16i))) & 15u) & 3u) * 8u)) & 255u)<<16u)) | (((condval_46>>((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 24i))) & 15u) & 3u) * 8u)) & 255u)<<24u)), ((((((condval_48>>((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32((((wcol_1[0i] & 7i)>>2u) * 4i))) & 15u) & 3u) * 8u)) & 255u)<<0u) | (((condval_50>>((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 8i))) & 15u) & 3u) * 8u)) & 255u)<<8u)) | (((condval_52>>((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 16i))) & 15u) & 3u) * 8u)) & 255u)<<16u)) | (((condval_54>>((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 24i))) & 15u) & 3u) * 8u)) & 255u)<<24u)), ((((((condval_56>>((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32((((wcol_1[0i] & 7i)>>2u) * 4i))) & 15u) & 3u) * 8u)) & 255u)<<0u) | (((condval_58>>((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 8i))) & 15u) & 3u) * 8u)) & 255u)<<8u)) | (((condval_60>>((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 16i))) & 15u) & 3u) * 8u)) & 255u)<<16u)) | (((condval_62>>((((wq_ptr[((((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + (((wcol_1[0i] & 63i)>>3u) * 4i)) + (wcol_1[0i] & 3i)) + 2i)]>>u32(((((wcol_1[0i] & 7i)>>2u) * 4i) + 24i))) & 15u) & 3u) * 8u)) & 255u)<<24u)));
    let h_4 : u32 = ((wq_ptr[(((wcol_1[0i]>>6u) * 34i) + ((wrow_1[0i] * (podArgs.Kb>>3u)) * 34i))]>>0u) & 65535u);
    let h_5 : u32 = ((wq_ptr[(((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 1i) * (podArgs.Kb>>3u)) * 34i))]>>0u) & 65535u);
    let h_6 : u32 = ((wq_ptr[(((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 2i) * (podArgs.Kb>>3u)) * 34i))]>>0u) & 65535u);
    let h_7 : u32 = ((wq_ptr[(((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 3i) * (podArgs.Kb>>3u)) * 34i))]>>0u) & 65535u);
    sreg[0i] = vec4<f32>((bitcast<f32>((((h_4>>15u)<<31u) | select(select((((((h_4>>10u) & 31u) + 112u)<<23u) | ((h_4 & 1023u)<<13u)), (2139095040u | ((h_4 & 1023u)<<13u)), (((h_4>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_4 & 1023u))) - 201326592u), 0u, ((h_4 & 1023u) == 0u)), (((h_4>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wcol_1[0i]>>6u) * 34i) + ((wrow_1[0i] * (podArgs.Kb>>3u)) * 34i)) + 1i)]>>u32((((wcol_1[0i] & 63i)>>4u) * 8i))) & 255u))>>u32((((wcol_1[0i] & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wcol_1[0i]>>6u) * 34i) + ((wrow_1[0i] * (podArgs.Kb>>3u)) * 34i))]>>16u) & 65535u))>>u32((((wcol_1[0i] & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))), (bitcast<f32>((((h_5>>15u)<<31u) | select(select((((((h_5>>10u) & 31u) + 112u)<<23u) | ((h_5 & 1023u)<<13u)), (2139095040u | ((h_5 & 1023u)<<13u)), (((h_5>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_5 & 1023u))) - 201326592u), 0u, ((h_5 & 1023u) == 0u)), (((h_5>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 1i) * (podArgs.Kb>>3u)) * 34i)) + 1i)]>>u32((((wcol_1[0i] & 63i)>>4u) * 8i))) & 255u))>>u32((((wcol_1[0i] & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 1i) * (podArgs.Kb>>3u)) * 34i))]>>16u) & 65535u))>>u32((((wcol_1[0i] & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))), (bitcast<f32>((((h_6>>15u)<<31u) | select(select((((((h_6>>10u) & 31u) + 112u)<<23u) | ((h_6 & 1023u)<<13u)), (2139095040u | ((h_6 & 1023u)<<13u)), (((h_6>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_6 & 1023u))) - 201326592u), 0u, ((h_6 & 1023u) == 0u)), (((h_6>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 2i) * (podArgs.Kb>>3u)) * 34i)) + 1i)]>>u32((((wcol_1[0i] & 63i)>>4u) * 8i))) & 255u))>>u32((((wcol_1[0i] & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 2i) * (podArgs.Kb>>3u)) * 34i))]>>16u) & 65535u))>>u32((((wcol_1[0i] & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))), (bitcast<f32>((((h_7>>15u)<<31u) | select(select((((((h_7>>10u) & 31u) + 112u)<<23u) | ((h_7 & 1023u)<<13u)), (2139095040u | ((h_7 & 1023u)<<13u)), (((h_7>>10u) & 31u) == 31u)), select((bitcast<u32>(f32((h_7 & 1023u))) - 201326592u), 0u, ((h_7 & 1023u) == 0u)), (((h_7>>10u) & 31u) == 0u)))) * f32(((((i32(((wq_ptr[((((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 3i) * (podArgs.Kb>>3u)) * 34i)) + 1i)]>>u32((((wcol_1[0i] & 63i)>>4u) * 8i))) & 255u))>>u32((((wcol_1[0i] & 15i)>>3u) * 4i))) & 15i) | (((i32(((wq_ptr[(((wcol_1[0i]>>6u) * 34i) + (((wrow_1[0i] + 3i) * (podArgs.Kb>>3u)) * 34i))]>>16u) & 65535u))>>u32((((wcol_1[0i] & 63i)>>3u) * 2i))) & 3i) * 16i)) - 32i))));
    xreg[0i] = x_ptr[(((min(((k0[0i] + s) + 1i), ((k0[0i] + nsteps[0i]) - 1i)) * 8i) + ((min((((v__1 * 64i) + ((i32(threadIdx.x)>>6u) * 32i)) + ((i32(threadIdx.x) & 7i) * 4i)), (podArgs.n - 1i)) * podArgs.Kb) * 8i)) + ((i32(threadIdx.x) & 63i)>>3u))];
    xreg[1i] = x_ptr[(((min(((k0[0i] + s) + 1i), ((k0[0i] + nsteps[0i]) - 1i)) * 8i) + ((min(((((v__1 * 64i) + ((i32(threadIdx.x)>>6u) * 32i)) + ((i32(threadIdx.x) & 7i) * 4i)) + 1i), (podArgs.n - 1i)) * podArgs.Kb) * 8i)) + ((i32(threadIdx.x) & 63i)>>3u))];
    xreg[2i] = x_ptr[(((min(((k0[0i] + s) + 1i), ((k0[0i] + nsteps[0i]) - 1i)) * 8i) + ((min(((((v__1 * 64i) + ((i32(threadIdx.x)>>6u) * 32i)) + ((i32(threadIdx.x) & 7i) * 4i)) + 2i), (podArgs.n - 1i)) * podArgs.Kb) * 8i)) + ((i32(threadIdx.x) & 63i)>>3u))];
    xreg[3i] = x_ptr[(((min(((k0[0i] + s) + 1i), ((k0[0i] + nsteps[0i]) - 1i)) * 8i) + ((min(((((v__1 * 64i) + ((i32(threadIdx.x)>>6u) * 32i)) + ((i32(threadIdx.x) & 7i) * 4i)) + 3i), (podArgs.n - 1i)) * podArgs.Kb) * 8i)) + ((i32(threadIdx.x) & 63i)>>3u))];
    xa[0i] = xs[ty[0i]];
    wb[0i] = ws[tx[0i]];
    wb[1i] = ws[(tx[0i] + 8i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 16i)];
    wb[0i] = ws[(tx[0i] + 16i)];
    wb[1i] = ws[(tx[0i] + 24i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 32i)];
    wb[0i] = ws[(tx[0i] + 32i)];
    wb[1i] = ws[(tx[0i] + 40i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 48i)];
    wb[0i] = ws[(tx[0i] + 48i)];
    wb[1i] = ws[(tx[0i] + 56i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 64i)];
    wb[0i] = ws[(tx[0i] + 64i)];
    wb[1i] = ws[(tx[0i] + 72i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 80i)];
    wb[0i] = ws[(tx[0i] + 80i)];
    wb[1i] = ws[(tx[0i] + 88i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 96i)];
    wb[0i] = ws[(tx[0i] + 96i)];
    wb[1i] = ws[(tx[0i] + 104i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 112i)];
    wb[0i] = ws[(tx[0i] + 112i)];
    wb[1i] = ws[(tx[0i] + 120i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 128i)];
    wb[0i] = ws[(tx[0i] + 128i)];
    wb[1i] = ws[(tx[0i] + 136i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 144i)];
    wb[0i] = ws[(tx[0i] + 144i)];
    wb[1i] = ws[(tx[0i] + 152i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 160i)];
    wb[0i] = ws[(tx[0i] + 160i)];
    wb[1i] = ws[(tx[0i] + 168i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 176i)];
    wb[0i] = ws[(tx[0i] + 176i)];
    wb[1i] = ws[(tx[0i] + 184i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 192i)];
    wb[0i] = ws[(tx[0i] + 192i)];
    wb[1i] = ws[(tx[0i] + 200i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 208i)];
    wb[0i] = ws[(tx[0i] + 208i)];
    wb[1i] = ws[(tx[0i] + 216i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 224i)];
    wb[0i] = ws[(tx[0i] + 224i)];
    wb[1i] = ws[(tx[0i] + 232i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 240i)];
    wb[0i] = ws[(tx[0i] + 240i)];
    wb[1i] = ws[(tx[0i] + 248i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 256i)];
    wb[0i] = ws[(tx[0i] + 256i)];
    wb[1i] = ws[(tx[0i] + 264i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 272i)];
    wb[0i] = ws[(tx[0i] + 272i)];
    wb[1i] = ws[(tx[0i] + 280i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 288i)];
    wb[0i] = ws[(tx[0i] + 288i)];
    wb[1i] = ws[(tx[0i] + 296i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 304i)];
    wb[0i] = ws[(tx[0i] + 304i)];
    wb[1i] = ws[(tx[0i] + 312i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 320i)];
    wb[0i] = ws[(tx[0i] + 320i)];
    wb[1i] = ws[(tx[0i] + 328i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 336i)];
    wb[0i] = ws[(tx[0i] + 336i)];
    wb[1i] = ws[(tx[0i] + 344i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 352i)];
    wb[0i] = ws[(tx[0i] + 352i)];
    wb[1i] = ws[(tx[0i] + 360i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 368i)];
    wb[0i] = ws[(tx[0i] + 368i)];
    wb[1i] = ws[(tx[0i] + 376i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 384i)];
    wb[0i] = ws[(tx[0i] + 384i)];
    wb[1i] = ws[(tx[0i] + 392i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 400i)];
    wb[0i] = ws[(tx[0i] + 400i)];
    wb[1i] = ws[(tx[0i] + 408i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 416i)];
    wb[0i] = ws[(tx[0i] + 416i)];
    wb[1i] = ws[(tx[0i] + 424i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 432i)];
    wb[0i] = ws[(tx[0i] + 432i)];
    wb[1i] = ws[(tx[0i] + 440i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 448i)];
    wb[0i] = ws[(tx[0i] + 448i)];
    wb[1i] = ws[(tx[0i] + 456i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 464i)];
    wb[0i] = ws[(tx[0i] + 464i)];
    wb[1i] = ws[(tx[0i] + 472i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 480i)];
    wb[0i] = ws[(tx[0i] + 480i)];
    wb[1i] = ws[(tx[0i] + 488i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    xa[0i] = xs[(ty[0i] + 496i)];
    wb[0i] = ws[(tx[0i] + 496i)];
    wb[1i] = ws[(tx[0i] + 504i)];
    acc[0i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[0i], acc[0i]);
    acc[1i] = fma(vec4<f32>((xa[0i])[0], (xa[0i])[0], (xa[0i])[0], (xa[0i])[0]), wb[1i], acc[1i]);
    acc[2i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[0i], acc[2i]);
    acc[3i] = fma(vec4<f32>((xa[0i])[1], (xa[0i])[1], (xa[0i])[1], (xa[0i])[1]), wb[1i], acc[3i]);
    acc[4i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[0i], acc[4i]);
    acc[5i] = fma(vec4<f32>((xa[0i])[2], (xa[0i])[2], (xa[0i])[2], (xa[0i])[2]), wb[1i], acc[5i]);
    acc[6i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[0i], acc[6i]);
    acc[7i] = fma(vec4<f32>((xa[0i])[3], (xa[0i])[3], (xa[0i])[3], (xa[0i])[3]), wb[1i], acc[7i]);
    workgroupBarrier();
  }
  if (((v__1 * 64i) + (ty[0i] * 4i)) < podArgs.n) {
    y_ptr[(((jb[0i] * 16i) + ((((v__1 * 64i) + (ty[0i] * 4i)) + row0[0i]) * (podArgs.N>>2u))) + tx[0i])] = acc[0i];
    y_ptr[((((jb[0i] * 16i) + ((((v__1 * 64i) + (ty[0i] * 4i)) + row0[0i]) * (podArgs.N>>2u))) + tx[0i]) + 8i)] = acc[1i];
  }
  if ((((v__1 * 64i) + (ty[0i] * 4i)) + 1i) < podArgs.n) {
    y_ptr[(((jb[0i] * 16i) + (((((v__1 * 64i) + (ty[0i] * 4i)) + row0[0i]) + 1i) * (podArgs.N>>2u))) + tx[0i])] = acc[2i];
    y_ptr[((((jb[0i] * 16i) + (((((v__1 * 64i) + (ty[0i] * 4i)) + row0[0i]) + 1i) * (podArgs.N>>2u))) + tx[0i]) + 8i)] = acc[3i];
  }
  if ((((v__1 * 64i) + (ty[0i] * 4i)) + 2i) < podArgs.n) {
    y_ptr[(((jb[0i] * 16i) + (((((v__1 * 64i) + (ty[0i] * 4i)) + row0[0i]) + 2i) * (podArgs.N>>2u))) + tx[0i])] = acc[4i];
    y_ptr[((((jb[0i] * 16i) + (((((v__1 * 64i) + (ty[0i] * 4i)) + row0[0i]) + 2i) * (podArgs.N>>2u))) + tx[0i]) + 8i)] = acc[5i];
  }
  if ((((v__1 * 64i) + (ty[0i] * 4i)) + 3i) < podArgs.n) {
    y_ptr[(((jb[0i] * 16i) + (((((v__1 * 64i) + (ty[0i] * 4i)) + row0[0i]) + 3i) * (podArgs.N>>2u))) + tx[0i])] = acc[6i];
    y_ptr[((((jb[0i] * 16i) + (((((v__1 * 64i) + (ty[0i] * 4i)) + row0[0i]) + 3i) * (podArgs.N>>2u))) + tx[0i]) + 8i)] = acc[7i];
  }
}
