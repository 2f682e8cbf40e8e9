namespace Reader.Content;

/// <summary>One spelling of a person's name to look for in a text.</summary>
/// <param name="Text">The spelling as it stands in the text.</param>
/// <param name="Key">Who it names: every spelling of one person has the same key.</param>
/// <param name="Prefix">The spelling may go on with word endings (<c>Путин*</c> in a person file: Путина, Путину).</param>
public sealed record NameSpelling(string Text, string Key, bool Prefix = false)
{
    /// <summary>A spelling as a person file writes it: a trailing star makes it a prefix.</summary>
    public static NameSpelling Parse(string written, string key) =>
        written.EndsWith('*') ? new NameSpelling(written.TrimEnd('*').Trim(), key, Prefix: true) : new NameSpelling(written.Trim(), key);
}
