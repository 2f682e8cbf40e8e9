using System.Globalization;

namespace Reader.Content;

/// <summary>
/// Makes slugs unique as <see cref="Slug.Unique"/> does (the slug, else -2, -3 …), remembering for each slug the next
/// number to try: giving out n copies of one slug is then linear, where trying -2, -3 … from the start each time was
/// quadratic (100,000 headings "Same heading" took minutes).
/// </summary>
public sealed class UniqueSlugs
{
    private readonly HashSet<string> _taken;
    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

    public UniqueSlugs(IEnumerable<string>? taken = null) => _taken = new HashSet<string>(taken ?? [], StringComparer.Ordinal);

    /// <summary>The slug itself, or with -2, -3 … appended, and takes it.</summary>
    public string Take(string slug)
    {
        if (_taken.Add(slug))
        {
            return slug;
        }

        for (var n = _next.GetValueOrDefault(slug, 2); ; n++)
        {
            var candidate = $"{slug}-{n.ToString(CultureInfo.InvariantCulture)}";
            if (_taken.Add(candidate))
            {
                _next[slug] = n + 1;
                return candidate;
            }
        }
    }
}
