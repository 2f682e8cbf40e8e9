namespace Reader.Site.Language;

/// <summary>
/// Which plural form a count takes, after CLDR's rules for whole numbers. A language file names its rule
/// (<c>"plural_rule": "one-few-many"</c>) rather than Reader knowing every language: the rules are few, the
/// languages many.
/// </summary>
public sealed class PluralRule
{
    private static readonly Dictionary<string, PluralRule> Known = new(StringComparer.Ordinal)
    {
        // Japanese, Chinese, Korean, Vietnamese …: one form whatever the count.
        ["other"] = new("other", ["other"], _ => "other"),

        // English, German, Dutch, Swedish …: 1 is singular.
        ["one-other"] = new("one-other", ["one", "other"], n => n == 1 ? "one" : "other"),

        // French, Portuguese (Brazil): 0 and 1 are singular.
        ["zero-one-other"] = new("zero-one-other", ["one", "other"], n => n is 0 or 1 ? "one" : "other"),

        // Russian, Ukrainian, Belarusian: 1, 21, 31 …; 2–4, 22–24 …; the rest.
        ["one-few-many"] = new("one-few-many", ["one", "few", "many"], n =>
            (n % 10, n % 100) switch
            {
                (1, not 11) => "one",
                (2 or 3 or 4, not (12 or 13 or 14)) => "few",
                _ => "many",
            }),
    };

    private readonly Func<long, string> _select;

    private PluralRule(string name, IReadOnlyList<string> forms, Func<long, string> select) => (Name, Forms, _select) = (name, forms, select);

    public string Name { get; }

    /// <summary>The forms a language file must give for every counted phrase.</summary>
    public IReadOnlyList<string> Forms { get; }

    public static IReadOnlyCollection<string> Names => Known.Keys;

    public static PluralRule? Find(string name) => Known.GetValueOrDefault(name);

    public string Select(long count) => _select(Math.Abs(count));
}
