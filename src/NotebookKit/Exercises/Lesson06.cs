namespace NotebookKit.Exercises;

/// <summary>
/// The checks of lesson 06 (a full training run): the learner's arg max, recall and most-confused pair against
/// references computed here from the model's predictions, out of the learner's notebook.
/// </summary>
public static class Lesson06
{
    /// <summary>Exercise 1: arg max on several arrays, ties included.</summary>
    public static CheckResult[] CheckArgMax(Func<double[], int> argMax)
    {
        ArgumentNullException.ThrowIfNull(argMax);
        var results = new List<CheckResult>();
        var cases = new (string What, double[] Values)[]
        {
            ("ArgMax of three probabilities", [0.1, 0.7, 0.2]),
            ("ArgMax with the largest last", [-3.0, -1.0, -2.0, 5.0]),
            ("ArgMax on a tie", [0.5, 0.1, 0.5]),
        };
        foreach (var (what, values) in cases)
        {
            int expected = Reference(values);
            if (!LearnerCode.TryRun(() => argMax((double[])values.Clone()), out int got, out string error))
                results.Add(LearnerCode.Threw(what, error, "keep the index of the best value seen so far", ""));
            else
                results.Add(Check.Equal(got, expected, hint: "keep the index of the best value seen so far", what: what,
                    hint2: "start from index 0 and replace it only on a strictly larger value (>, not ≥), so a tie keeps the first"));
        }
        return [.. results];
    }

    /// <summary>Exercise 2: the recall of one digit from the learner's confusion-matrix arithmetic.</summary>
    public static CheckResult CheckRecall(double recall, int digit, int[] actual, int[] predicted)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(predicted);
        int total = actual.Count(a => a == digit);
        int right = actual.Where((a, i) => a == digit && predicted[i] == digit).Count();
        return Check.Close(recall, right / (double)total, hint: $"the diagonal entry of row {digit} over the sum of row {digit}",
            what: $"recall of digit {digit}", hint2: "row = the true digit, column = the prediction; divide as doubles, not ints");
    }

    /// <summary>Exercise 3: the (true, predicted) pair with the largest off-diagonal count, first in row-major order on a tie.</summary>
    public static CheckResult CheckMostConfused((int True, int Predicted) pair, int[] actual, int[] predicted, int classes = 10)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(predicted);
        var counts = new int[classes, classes];
        for (int i = 0; i < actual.Length; i++) counts[actual[i], predicted[i]]++;
        (int, int) best = (-1, -1);
        int most = -1;
        for (int r = 0; r < classes; r++)
            for (int c = 0; c < classes; c++)
                if (r != c && counts[r, c] > most) (best, most) = ((r, c), counts[r, c]);
        return Check.Equal(pair, best, hint: "scan every off-diagonal cell and keep the largest", what: "most confused pair",
            hint2: "skip the diagonal (r == c); replace the best only on a strictly larger count");
    }

    private static int Reference(double[] values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
            if (values[i] > values[best]) best = i;
        return best;
    }
}
