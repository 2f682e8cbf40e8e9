namespace Reader.Site.Rendering.Templates;

/// <summary>
/// Handlebars' white space rules, ported from handlebars.js (<c>compiler/whitespace-control.js</c>) so that a theme
/// renders exactly as it would there: <c>~</c> strips all white space on its side, and a block tag, partial or
/// comment alone on its line removes that line's indentation and line break. A standalone partial is not
/// re-indented: its output is written as the partial file holds it.
/// </summary>
internal static class WhitespaceControl
{
    public static void Apply(List<TemplateNode> root) => Program(root, isRoot: true);

    private static void Program(List<TemplateNode> body, bool isRoot)
    {
        for (var i = 0; i < body.Count; i++)
        {
            var current = body[i];
            if (Accept(current) is not { } strip)
            {
                continue;
            }

            var prevWhitespace = IsPrevWhitespace(body, i, isRoot);
            var nextWhitespace = IsNextWhitespace(body, i, isRoot);
            if (strip.Close)
            {
                OmitRight(body, i, multiple: true);
            }

            if (strip.Open)
            {
                OmitLeft(body, i, multiple: true);
            }

            if (strip.InlineStandalone && prevWhitespace && nextWhitespace)
            {
                OmitRight(body, i);
                OmitLeft(body, i);
            }

            if (current is BlockNode block)
            {
                if (strip.OpenStandalone && prevWhitespace)
                {
                    OmitRight(block.Body, null);
                    OmitLeft(body, i);
                }

                if (strip.CloseStandalone && nextWhitespace)
                {
                    OmitRight(body, i);
                    OmitLeft(block.Inverse ?? block.Body, null);
                }
            }
        }
    }

    private static Strip? Accept(TemplateNode node) => node switch
    {
        BlockNode block => Block(block),
        ValueNode value => new Strip(value.Strip.Before, value.Strip.After, false, false, false),
        PartialNode or CommentNode => new Strip(node.Strip.Before, node.Strip.After, false, false, InlineStandalone: true),
        _ => null,
    };

    private static Strip Block(BlockNode block)
    {
        Program(block.Body, isRoot: false);
        if (block.Inverse is { } inverse)
        {
            Program(inverse, isRoot: false);
        }

        var strip = new Strip(
            block.Strip.Before,
            block.CloseStrip.After,
            OpenStandalone: IsNextWhitespace(block.Body, null, false),
            CloseStandalone: IsPrevWhitespace(block.Inverse ?? block.Body, null, false),
            InlineStandalone: false);
        if (block.Strip.After)
        {
            OmitRight(block.Body, null, multiple: true);
        }

        if (block.Inverse is { } elsePart)
        {
            if (block.ElseStrip.Before)
            {
                OmitLeft(block.Body, null, multiple: true);
            }

            if (block.ElseStrip.After)
            {
                OmitRight(elsePart, null, multiple: true);
            }

            if (block.CloseStrip.Before)
            {
                OmitLeft(elsePart, null, multiple: true);
            }

            // A standalone {{else}}.
            if (IsPrevWhitespace(block.Body, null, false) && IsNextWhitespace(elsePart, null, false))
            {
                OmitLeft(block.Body, null);
                OmitRight(elsePart, null);
            }
        }
        else if (block.CloseStrip.Before)
        {
            OmitLeft(block.Body, null, multiple: true);
        }

        return strip;
    }

    /// <summary>Whether the text before node <paramref name="i"/> (or the end of the body) ends a line, leaving only white space after its line break.</summary>
    private static bool IsPrevWhitespace(List<TemplateNode> body, int? i, bool isRoot)
    {
        var index = i ?? body.Count;
        if (index - 1 < 0)
        {
            return isRoot;
        }

        if (body[index - 1] is not TextNode previous)
        {
            return false;
        }

        var hasSibling = index - 2 >= 0;
        var trailing = TrailingWhitespace(previous.Original);
        return trailing.Contains('\n') || (!hasSibling && isRoot && trailing.Length == previous.Original.Length);
    }

    /// <summary>Whether the text after node <paramref name="i"/> (or the start of the body) is white space up to a line break.</summary>
    private static bool IsNextWhitespace(List<TemplateNode> body, int? i, bool isRoot)
    {
        var index = i ?? -1;
        if (index + 1 >= body.Count)
        {
            return isRoot;
        }

        if (body[index + 1] is not TextNode next)
        {
            return false;
        }

        var hasSibling = index + 2 < body.Count;
        var leading = LeadingWhitespace(next.Original);
        return leading.Contains('\n') || (!hasSibling && isRoot && leading.Length == next.Original.Length);
    }

    /// <summary>Strips the start of the text after node <paramref name="i"/>: all white space, or spaces and tabs up to and including one line break.</summary>
    private static void OmitRight(List<TemplateNode> body, int? i, bool multiple = false)
    {
        var index = i is null ? 0 : i.Value + 1;
        if (index >= body.Count || body[index] is not TextNode current || (!multiple && current.RightStripped))
        {
            return;
        }

        var original = current.Value;
        if (multiple)
        {
            current.Value = original.TrimStart();
        }
        else
        {
            var cut = 0;
            while (cut < original.Length && original[cut] is ' ' or '\t')
            {
                cut++;
            }

            if (cut < original.Length && original[cut] == '\r' && cut + 1 < original.Length && original[cut + 1] == '\n')
            {
                cut += 2;
            }
            else if (cut < original.Length && original[cut] == '\n')
            {
                cut++;
            }

            current.Value = original[cut..];
        }

        current.RightStripped = current.Value.Length != original.Length;
    }

    /// <summary>Strips the end of the text before node <paramref name="i"/>: all white space, or the spaces and tabs of its last line.</summary>
    private static void OmitLeft(List<TemplateNode> body, int? i, bool multiple = false)
    {
        var index = i is null ? body.Count - 1 : i.Value - 1;
        if (index < 0 || body[index] is not TextNode current || (!multiple && current.LeftStripped))
        {
            return;
        }

        var original = current.Value;
        current.Value = multiple ? original.TrimEnd() : original.TrimEnd(' ', '\t');
        current.LeftStripped = current.Value.Length != original.Length;
    }

    private static ReadOnlySpan<char> TrailingWhitespace(string text)
    {
        var start = text.Length;
        while (start > 0 && char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        return text.AsSpan(start);
    }

    private static ReadOnlySpan<char> LeadingWhitespace(string text)
    {
        var end = 0;
        while (end < text.Length && char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return text.AsSpan(0, end);
    }

    private sealed record Strip(bool Open, bool Close, bool OpenStandalone, bool CloseStandalone, bool InlineStandalone);
}
