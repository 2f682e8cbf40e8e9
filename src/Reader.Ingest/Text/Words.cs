namespace Reader.Ingest.Text;

/// <summary>Splits text into words for counting: runs of letters and digits, so "l'homme" is "l" and "homme".</summary>
public static class Words
{
    /// <summary>The words of <paramref name="text"/>, lower-cased.</summary>
    public static IEnumerable<string> Lower(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
