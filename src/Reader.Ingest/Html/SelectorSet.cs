using System.Buffers;
using AngleSharp.Dom;

namespace Reader.Ingest.Html;

/// <summary>
/// A list of simple CSS selectors (<c>tag</c>, <c>[attr]</c>, <c>[attr=v]</c>, <c>[attr^=v]</c>, <c>[attr*=v]</c>,
/// <c>[attr$=v]</c>) compiled once into hash lookups, so an element is tested against the whole list by reading each
/// of its attributes once. AngleSharp matched a selector group by testing every selector on every element, which was
/// the slowest step of cleaning a large page. Matching follows AngleSharp: tag names ignore case, attribute values
/// compare ordinally. Anything more complex is left to AngleSharp's own matcher.
/// </summary>
public sealed class SelectorSet
{
    private static readonly IElement Probe = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<p></p>").Body!;

    private readonly HashSet<string> _tags = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, AttributeTest> _attributes = new(StringComparer.Ordinal);
    private readonly string? _complex;

    public SelectorSet(IEnumerable<string> selectors)
    {
        var builders = new Dictionary<string, AttributeTest.Builder>(StringComparer.Ordinal);
        var complex = new List<string>();
        foreach (var selector in selectors)
        {
            if (IsTagName(selector))
            {
                _tags.Add(selector);
            }
            else if (AttributeSelector.TryParse(selector, out var attribute))
            {
                if (!builders.TryGetValue(attribute.Name, out var builder))
                {
                    builders[attribute.Name] = builder = new AttributeTest.Builder();
                }

                builder.Add(attribute.Operator, attribute.Value);
            }
            else if (IsValid(selector))
            {
                // Selectors AngleSharp cannot parse are left out rather than failing every page.
                complex.Add(selector);
            }
        }

        foreach (var (name, builder) in builders)
        {
            _attributes[name] = builder.Build();
        }

        _complex = complex.Count == 0 ? null : string.Join(", ", complex);
    }

    public bool Matches(IElement element)
    {
        if (_tags.Contains(element.LocalName))
        {
            return true;
        }

        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            if (_attributes.TryGetValue(attribute.Name, out var test) && test.Matches(attribute.Value))
            {
                return true;
            }
        }

        return _complex is not null && element.Matches(_complex);
    }

    private static bool IsTagName(string selector)
    {
        if (selector.Length == 0 || !char.IsAsciiLetter(selector[0]))
        {
            return false;
        }

        foreach (var c in selector)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsValid(string selector)
    {
        try
        {
            Probe.QuerySelector(selector);
            return true;
        }
        catch (DomException)
        {
            return false;
        }
    }

    /// <summary><c>[name]</c>, <c>[name=value]</c>, <c>[name^=value]</c>, <c>[name*=value]</c> or <c>[name$=value]</c>; the value optionally quoted.</summary>
    private readonly record struct AttributeSelector(string Name, char Operator, string Value)
    {
        public static bool TryParse(string selector, out AttributeSelector parsed)
        {
            parsed = default;
            if (selector.Length < 3 || selector[0] != '[' || selector[^1] != ']')
            {
                return false;
            }

            var inner = selector[1..^1];
            var equals = inner.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                if (!IsName(inner))
                {
                    return false;
                }

                parsed = new AttributeSelector(inner, '?', "");
                return true;
            }

            var op = equals > 0 && inner[equals - 1] is '^' or '*' or '$' ? inner[equals - 1] : '=';
            var name = inner[..(op == '=' ? equals : equals - 1)];
            var value = inner[(equals + 1)..];
            if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0])
            {
                value = value[1..^1];
            }
            else if (value.Length == 0 || !IsName(value))
            {
                return false;
            }

            if (!IsName(name) || value.Length == 0 || value.AsSpan().IndexOfAny("\"'\\") >= 0)
            {
                return false;
            }

            parsed = new AttributeSelector(name.ToLowerInvariant(), op, value);
            return true;
        }

        // Lower-case letters, digits, hyphens and underscores: what HTML attribute names (as parsed) and bare values here use.
        private static bool IsName(string text)
        {
            foreach (var c in text)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
                {
                    return false;
                }
            }

            return text.Length > 0;
        }
    }

    /// <summary>Every test on one attribute: present at all, equal to, starting with, containing or ending with a value.</summary>
    private sealed class AttributeTest
    {
        private bool _present;
        private HashSet<string> _equals = [];
        private string[] _prefixes = [];
        private string[] _suffixes = [];
        private SearchValues<string>? _contained;

        public bool Matches(string value)
        {
            if (_present || _equals.Contains(value))
            {
                return true;
            }

            var span = value.AsSpan();
            foreach (var prefix in _prefixes)
            {
                if (span.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            foreach (var suffix in _suffixes)
            {
                if (span.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return _contained is not null && span.IndexOfAny(_contained) >= 0;
        }

        public sealed class Builder
        {
            private readonly AttributeTest _test = new();
            private readonly HashSet<string> _equals = new(StringComparer.Ordinal);
            private readonly List<string> _prefixes = [];
            private readonly List<string> _suffixes = [];
            private readonly List<string> _contained = [];

            public void Add(char op, string value)
            {
                switch (op)
                {
                    case '?': _test._present = true; break;
                    case '=': _equals.Add(value); break;
                    case '^': _prefixes.Add(value); break;
                    case '$': _suffixes.Add(value); break;
                    default: _contained.Add(value); break;
                }
            }

            public AttributeTest Build()
            {
                _test._equals = _equals;
                _test._prefixes = [.. _prefixes];
                _test._suffixes = [.. _suffixes];
                _test._contained = _contained.Count == 0 ? null : SearchValues.Create([.. _contained], StringComparison.Ordinal);
                return _test;
            }
        }
    }
}
