using NotebookKit.Localization;

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
            (KitText.Get("Lesson06_ArgMaxThree_What"), [0.1, 0.7, 0.2]),
            (KitText.Get("Lesson06_ArgMaxLast_What"), [-3.0, -1.0, -2.0, 5.0]),
            (KitText.Get("Lesson06_ArgMaxTie_What"), [0.5, 0.1, 0.5]),
        };
        string hint = KitText.Get("Lesson06_ArgMax_Hint"), hint2 = KitText.Get("Lesson06_ArgMax_Hint2");
        foreach (var (what, values) in cases)
        {
            int expected = Reference(values);
            if (!LearnerCode.TryRun(() => argMax((double[])values.Clone()), out int got, out string error))
                results.Add(LearnerCode.Threw(what, error, hint, ""));
            else
                results.Add(Check.Equal(got, expected, hint: hint, what: what, hint2: hint2));
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
        return Check.Close(recall, right / (double)total, hint: KitText.Format("Lesson06_Recall_Hint", digit),
            what: KitText.Format("Lesson06_Recall_What", digit), hint2: KitText.Get("Lesson06_Recall_Hint2"));
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
        return Check.Equal(pair, best, hint: KitText.Get("Lesson06_MostConfused_Hint"), what: KitText.Get("Lesson06_MostConfused_What"),
            hint2: KitText.Get("Lesson06_MostConfused_Hint2"));
    }

    private static int Reference(double[] values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
            if (values[i] > values[best]) best = i;
        return best;
    }
}
