namespace Reader.Train;

/// <summary>
/// Fits a logistic regression by Newton's method with an L2 penalty on the weights (not the bias), on standardised
/// features; the weights it returns apply to the raw features. Deterministic: the same rows give the same numbers.
/// </summary>
internal static class LogisticRegression
{
    private const int Iterations = 30;

    public static (double[] Weights, double Bias) Fit(IReadOnlyList<double[]> rows, IReadOnlyList<int> labels, IReadOnlyList<double> rowWeights, double penalty = 1.0)
    {
        var n = rows.Count;
        var d = rows[0].Length;
        var mean = new double[d];
        var scale = new double[d];
        for (var k = 0; k < d; k++)
        {
            mean[k] = rows.Average(r => r[k]);
            var variance = rows.Average(r => (r[k] - mean[k]) * (r[k] - mean[k]));
            scale[k] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }

        // x[i] = standardised row with a leading 1 for the bias.
        var x = rows.Select(r => new double[] { 1 }.Concat(r.Select((v, k) => (v - mean[k]) / scale[k])).ToArray()).ToArray();
        var w = new double[d + 1];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var gradient = new double[d + 1];
            var hessian = new double[d + 1, d + 1];
            for (var i = 0; i < n; i++)
            {
                var z = 0.0;
                for (var k = 0; k <= d; k++)
                {
                    z += w[k] * x[i][k];
                }

                var p = 1 / (1 + Math.Exp(-z));
                var error = (p - labels[i]) * rowWeights[i];
                var curvature = Math.Max(p * (1 - p), 1e-9) * rowWeights[i];
                for (var k = 0; k <= d; k++)
                {
                    gradient[k] += error * x[i][k];
                    var xk = x[i][k] * curvature;
                    for (var m = k; m <= d; m++)
                    {
                        hessian[k, m] += xk * x[i][m];
                    }
                }
            }

            for (var k = 1; k <= d; k++)
            {
                gradient[k] += penalty * w[k];
                hessian[k, k] += penalty;
            }

            for (var k = 0; k <= d; k++)
            {
                for (var m = 0; m < k; m++)
                {
                    hessian[k, m] = hessian[m, k];
                }
            }

            var step = Solve(hessian, gradient);
            var change = 0.0;
            for (var k = 0; k <= d; k++)
            {
                w[k] -= step[k];
                change = Math.Max(change, Math.Abs(step[k]));
            }

            if (change < 1e-8)
            {
                break;
            }
        }

        var weights = new double[d];
        var bias = w[0];
        for (var k = 0; k < d; k++)
        {
            weights[k] = w[k + 1] / scale[k];
            bias -= weights[k] * mean[k];
        }

        return (weights, bias);
    }

    /// <summary>Solves a symmetric positive definite system by Cholesky decomposition.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var l = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = a[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                l[i, j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / l[j, j];
            }
        }

        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = b[i];
            for (var k = 0; k < i; k++)
            {
                sum -= l[i, k] * y[k];
            }

            y[i] = sum / l[i, i];
        }

        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var k = i + 1; k < n; k++)
            {
                sum -= l[k, i] * x[k];
            }

            x[i] = sum / l[i, i];
        }

        return x;
    }
}
