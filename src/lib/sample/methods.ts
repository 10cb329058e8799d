/**
 * How papers name each ML method of the taxonomy: phrases read after "uses" / "based on",
 * each with the form a title would use; formulations follow "casts the task as".
 */
import type { Method } from "./types.ts";

export const M = {
  sl: "supervised learning",
  dl: "deep learning",
  rl: "reinforcement learning",
  bo: "bandits / Bayesian optimisation",
  llm: "LLMs / agents",
  stat: "statistical / causal",
} as const satisfies Record<string, Method>;

interface MethodVocabulary {
  /** [phrase in prose, the same in a title]. */
  phrases: [string, string][];
  /** Generic title forms, used when the specific one would clash with the task's words. */
  generic: string[];
  formulations: string[];
}

export const METHOD_VOCABULARY: Record<Method, MethodVocabulary> = {
  "supervised learning": {
    phrases: [
      ["gradient-boosted trees", "Gradient-Boosted Trees"], ["a random-forest model", "Random Forests"],
      ["a regularised linear model", "Linear Models"], ["an XGBoost regressor", "XGBoost"],
      ["a small ensemble of decision trees", "Tree Ensembles"], ["a LightGBM classifier", "Boosted Trees"],
      ["logistic regression", "Logistic Regression"], ["k-nearest-neighbour regression", "Nearest Neighbours"],
    ],
    generic: ["Supervised Learning", "Simple Models"],
    formulations: ["a supervised regression problem", "a classification problem over logged outcomes", "a learning-to-rank problem"],
  },
  "deep learning": {
    phrases: [
      ["a graph neural network", "Graph Neural Networks"], ["a transformer encoder", "Transformers"],
      ["an LSTM sequence model", "Sequence Models"], ["a convolutional network", "Convolutional Networks"],
      ["a multilayer perceptron", "Neural Networks"], ["an attention-based neural model", "Attention Models"],
      ["a tree-structured neural network", "Tree-Structured Neural Networks"], ["a variational autoencoder", "Autoencoders"],
    ],
    generic: ["Deep Learning", "Neural Networks"],
    formulations: ["learning a neural representation of the problem", "a sequence-prediction problem", "learning embeddings of the system state"],
  },
  "reinforcement learning": {
    phrases: [
      ["deep reinforcement learning", "Deep RL"], ["a PPO agent", "Reinforcement Learning"],
      ["offline reinforcement learning", "Offline RL"], ["a Q-learning policy", "Q-Learning"],
      ["model-based reinforcement learning", "Model-Based RL"], ["a policy trained with reinforcement learning in a simulator", "Reinforcement Learning"],
      ["actor-critic reinforcement learning", "Actor-Critic RL"],
    ],
    generic: ["Reinforcement Learning", "Learned Policies"],
    formulations: ["a sequential decision problem", "a Markov decision process", "a control problem with delayed rewards"],
  },
  "bandits / Bayesian optimisation": {
    phrases: [
      ["Bayesian optimization", "Bayesian Optimization"], ["a contextual bandit", "Contextual Bandits"],
      ["Thompson sampling", "Thompson Sampling"], ["a Gaussian-process surrogate model", "Gaussian Processes"],
      ["a multi-armed bandit", "Bandits"], ["constrained Bayesian optimization", "Constrained Bayesian Optimization"],
      ["an upper-confidence-bound bandit", "Bandits"],
    ],
    generic: ["Black-Box Optimization", "Bandits"],
    formulations: ["an online black-box optimization problem", "an exploration-exploitation problem", "a noisy optimization problem over a small configuration space"],
  },
  "LLMs / agents": {
    phrases: [
      ["a large language model", "LLMs"], ["an LLM agent with tool access", "LLM Agents"], ["a fine-tuned code LLM", "Code LLMs"],
      ["retrieval-augmented generation over internal documentation", "Retrieval-Augmented LLMs"],
      ["a small instruction-tuned language model", "Small Language Models"], ["a multi-agent LLM workflow", "Multi-Agent LLMs"],
      ["an LLM-based planning agent", "LLM Agents"],
    ],
    generic: ["Generative AI", "Agentic AI"],
    formulations: ["a reasoning task for a language model", "an agentic loop of proposing, testing and refining", "a generation task grounded in system documentation"],
  },
  "statistical / causal": {
    phrases: [
      ["quantile regression", "Quantile Regression"], ["causal inference on observational data", "Causal Inference"],
      ["Bayesian change-point detection", "Change-Point Detection"], ["seasonal time-series forecasting", "Time-Series Forecasting"],
      ["survival analysis", "Survival Analysis"], ["a difference-in-differences analysis", "Causal Inference"],
      ["hierarchical Bayesian modelling", "Bayesian Models"], ["sequential hypothesis testing", "Sequential Testing"],
    ],
    generic: ["Statistical Models", "Statistical Learning"],
    formulations: ["a statistical estimation problem", "a causal question about interventions", "a forecasting problem with calibrated uncertainty"],
  },
};

/** The title form of a prose phrase, or a generic one for its method. */
export function titleFormOf(method: Method, phrase: string): string {
  const v = METHOD_VOCABULARY[method];
  return v.phrases.find(([p]) => p === phrase)?.[1] ?? v.generic[0];
}
