// A linear classifier of shortlisted (1) against dismissed (0) papers: logistic regression by
// plain SGD with a seeded shuffle, so the same marks always give the same model and ranking.
import type { SparseVector } from "./tfidf";
import { seededRandom } from "../../random/seeded-random";

export interface LinearModel {
  weights: Float64Array;
  bias: number;
}

export interface TrainingOptions {
  epochs?: number;
  learningRate?: number;
  /** L2 penalty: keeps a term seen in one shortlisted paper from deciding alone. */
  l2?: number;
  seed?: number;
}

export function dot(model: LinearModel, x: SparseVector): number {
  let s = model.bias;
  for (let k = 0; k < x.idx.length; k++) s += model.weights[x.idx[k]!]! * x.val[k]!;
  return s;
}

export function trainLogistic(samples: readonly { x: SparseVector; y: 0 | 1 }[], dims: number, options: TrainingOptions = {}): LinearModel {
  const steps = trainLogisticSteps(samples, dims, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Training that yields after every epoch (see rankForTeamSteps). */
export function* trainLogisticSteps(
  samples: readonly { x: SparseVector; y: 0 | 1 }[],
  dims: number,
  options: TrainingOptions = {},
): Generator<void, LinearModel> {
  const { epochs = 25, learningRate = 0.5, l2 = 1e-4, seed = 42 } = options;
  const weights = new Float64Array(dims);
  let bias = 0;
  const model = { weights, bias };
  const positives = samples.filter((s) => s.y === 1).length;
  const negatives = samples.length - positives;
  // Balanced: the team usually dismisses far more than it shortlists.
  const classWeight = [samples.length / (2 * Math.max(negatives, 1)), samples.length / (2 * Math.max(positives, 1))] as const;
  const order = samples.map((_, i) => i);
  const random = seededRandom(seed);
  // Lazy L2 decay: one shared scale instead of shrinking every weight at every step.
  let scale = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = learningRate / (1 + epoch * 0.1);
    for (const n of order) {
      const { x, y } = samples[n]!;
      let z = bias;
      for (let k = 0; k < x.idx.length; k++) z += weights[x.idx[k]!]! * scale * x.val[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - y) * classWeight[y];
      scale *= 1 - lr * l2;
      const step = (lr * g) / scale;
      for (let k = 0; k < x.idx.length; k++) weights[x.idx[k]!]! -= step * x.val[k]!;
      bias -= lr * g;
    }
    yield;
  }
  for (let i = 0; i < dims; i++) weights[i]! *= scale;
  model.bias = bias;
  return model;
}
