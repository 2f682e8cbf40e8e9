using Reader.Content;

namespace Reader.Site.Citations;

/// <summary>
/// A person's name as citation formats want it: family and given names, or a literal name when it cannot be split
/// (one word, or a script written without spaces). Names are read in the order the site writes them, given name
/// first; lower-case particles before the last word belong to the family name ("Ludwig van Beethoven").
/// </summary>
public sealed record CitedName(string? Family, string? Given, string? Literal)
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "van", "von", "de", "der", "den", "da", "das", "di", "du", "del", "della", "dos", "la", "le", "bin", "al", "ter", "ten" };

    public static CitedName Of(string name)
    {
        var display = PersonName.Display(name);
        var words = display.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || display.Any(NameMatcher.IsUnspaced))
        {
            return new CitedName(null, null, display);
        }

        var familyStart = words.Length - 1;
        while (familyStart > 1 && Particles.Contains(words[familyStart - 1]))
        {
            familyStart--;
        }

        return new CitedName(string.Join(' ', words[familyStart..]), string.Join(' ', words[..familyStart]), null);
    }

    /// <summary>"Abiru, Taisuke", or the literal name.</summary>
    public string Inverted => Literal ?? $"{Family}, {Given}";

    /// <summary>"Taisuke Abiru", or the literal name.</summary>
    public string Natural => Literal ?? $"{Given} {Family}";

    /// <summary>"Abiru, T.", as APA writes it; "Jean-Paul" gives "J.-P.".</summary>
    public string FamilyInitials => Literal ?? $"{Family}, {Initials}";

    /// <summary>"T. Abiru", as APA writes an editor or interviewer.</summary>
    public string InitialsFamily => Literal ?? $"{Initials} {Family}";

    private string Initials => string.Join(' ', Given!.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(w => string.Join('-', w.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => p.TrimEnd('.').Length == 0 ? p : char.ToUpperInvariant(p[0]) + "."))));
}
