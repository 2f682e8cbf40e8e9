using AngleSharp.Dom;
using Reader.Ingest.Data;

namespace Reader.Ingest.Html;

/// <summary>
/// What an element's place in the page says about it: which landmark and container elements enclose it (nav, footer,
/// figure …), which families of class and id words it or its ancestors carry (<c>Data/html-class-families.txt</c>),
/// whether it is hidden. Worked out once per element from its parent's.
/// </summary>
public sealed class HtmlAncestry
{
    public static IReadOnlyList<string> Enclosing { get; } =
        ["nav", "header", "footer", "aside", "form", "figure", "li", "table", "article", "main", "blockquote", "list", "section"];

    public static IReadOnlyList<string> Families => ClassFamilies.Value.Names;

    private static readonly Lazy<ClassFamilies> ClassFamilies = new(() => new ClassFamilies(HtmlData.Lines("html-class-families.txt")));

    // How many levels above a block its class words are read: the boxes it sits in, not the page's outer wrappers.
    private const int ClassWordLevels = 6;

    private readonly Dictionary<IElement, Summary> _summaries = [];
    private readonly Dictionary<IElement, string[]> _classWords = [];

    // Family bits of each distinct class attribute on the page.
    private readonly Dictionary<ClassHints.Hints, int> _families = new(ReferenceEqualityComparer.Instance);
    private readonly IElement _root;
    private readonly ClassHints _hints;

    public HtmlAncestry(IElement root, ClassHints hints)
    {
        _root = root;
        _hints = hints;
    }

    /// <summary>Marks of an element and its ancestors up to the body.</summary>
    /// <param name="Enclosed">Bits of <see cref="Enclosing"/>: the element is inside one (itself not counted).</param>
    /// <param name="Families">Bits of <see cref="Families"/> in its own or an ancestor's class or id.</param>
    public sealed record Summary(int Enclosed, int Families, int Negative, int Positive, int NegativeNear, int Depth, bool ArticleBody, bool MainRole, bool ChromeRole, bool Hidden)
    {
        /// <summary>The element's own class or id holds a chrome word.</summary>
        public bool IsNegative { get; init; }

        /// <summary>Its parent's own class or id holds a chrome word (the body's parent never counts).</summary>
        public bool ParentIsNegative { get; init; }
    }

    public Summary Of(IElement element)
    {
        if (_summaries.TryGetValue(element, out var known))
        {
            return known;
        }

        var parent = element == _root || element.ParentElement is null ? null : Of(element.ParentElement);
        var hints = _hints.Of(element);
        var negative = hints.Negative ? 1 : 0;
        var role = element.GetAttribute("role");
        var summary = new Summary(
            Enclosed: (parent?.Enclosed ?? 0) | (parent is null ? 0 : EnclosingBit(element.ParentElement!)),
            Families: (parent?.Families ?? 0) | FamilyBits(hints),
            Negative: (parent?.Negative ?? 0) + negative,
            Positive: (parent?.Positive ?? 0) + (hints.Positive ? 1 : 0),

            // Negative words on the element, its parent and its grandparent: the box it sits in, not the page's wrapper.
            NegativeNear: negative + (parent is null ? 0 : (parent.IsNegative ? 1 : 0) + (parent.ParentIsNegative ? 1 : 0)),
            Depth: (parent?.Depth ?? -1) + 1,
            ArticleBody: (parent?.ArticleBody ?? false) || string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase),
            MainRole: (parent?.MainRole ?? false) || role == "main",
            ChromeRole: (parent?.ChromeRole ?? false) || role is "navigation" or "banner" or "contentinfo" or "complementary" or "search",
            Hidden: (parent?.Hidden ?? false) || IsHidden(element))
        {
            IsNegative = hints.Negative,
            ParentIsNegative = parent?.IsNegative ?? false,
        };
        _summaries[element] = summary;
        return summary;
    }

    /// <summary>The class and id words of an element and its ancestors up to <see cref="ClassWordLevels"/> levels.</summary>
    public string[] ClassWords(IElement element)
    {
        if (_classWords.TryGetValue(element, out var known))
        {
            return known;
        }

        var words = new List<string>();
        var e = element;
        for (var level = 0; level < ClassWordLevels && e is not null && e != _root.ParentElement; level++, e = e.ParentElement)
        {
            words.AddRange(_hints.Of(e).Tokens);
        }

        return _classWords[element] = [.. words];
    }

    private int FamilyBits(ClassHints.Hints hints)
    {
        if (hints.Tokens.Length == 0)
        {
            return 0;
        }

        if (!_families.TryGetValue(hints, out var bits))
        {
            _families[hints] = bits = ClassFamilies.Value.Bits(hints.Tokens);
        }

        return bits;
    }

    private static int EnclosingBit(IElement element)
    {
        var name = element.LocalName is "ul" or "ol" or "dl" ? "list" : element.LocalName;
        for (var i = 0; i < Enclosing.Count; i++)
        {
            if (Enclosing[i] == name)
            {
                return 1 << i;
            }
        }

        return 0;
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }

        var style = element.GetAttribute("style")?.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return style is not null && (style.Contains("display:none", StringComparison.Ordinal) || style.Contains("visibility:hidden", StringComparison.Ordinal));
    }
}
