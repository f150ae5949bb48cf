using MathNet.Numerics.LinearAlgebra;

namespace NotebookKit.Exercises;

/// <summary>
/// The signature of lesson 04's Dense-backward exercise, for a tanh layer A = tanh(X·W + b): given the layer's input
/// X (n×in), weights W (in×out), output A (n×out) and dL/dA (n×out), return dL/dX (n×in), dL/dW (in×out), dL/db (1×out).
/// </summary>
public delegate (Matrix<double> dX, Matrix<double> dW, Matrix<double> db) DenseBackwardFunction(Matrix<double> X, Matrix<double> W, Matrix<double> A, Matrix<double> dA);
