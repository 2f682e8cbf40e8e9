namespace Reader.Site.Rendering.Templates;

/// <summary>One piece of a parsed template. Line and column point into the template file, for error messages.</summary>
public abstract record TemplateNode(int Line, int Column)
{
    /// <summary>Whether <c>~</c> strips the white space before and after the tag.</summary>
    internal (bool Before, bool After) Strip { get; set; }
}

/// <summary>Literal text. <see cref="Value"/> is what is written, after whitespace control; <see cref="Original"/> what the file holds.</summary>
public sealed record TextNode(string Original, int Line, int Column) : TemplateNode(Line, Column)
{
    public string Value { get; set; } = Original;

    internal bool LeftStripped { get; set; }

    internal bool RightStripped { get; set; }
}

/// <summary><c>{{path}}</c>, HTML-encoded, or <c>{{{path}}}</c>, written as it is.</summary>
public sealed record ValueNode(TemplatePath Path, bool Raw, int Line, int Column) : TemplateNode(Line, Column);

/// <summary><c>{{#if}}</c>, <c>{{#unless}}</c>, <c>{{#each}}</c> or <c>{{#with}}</c>, with its body and its <c>{{else}}</c> part.</summary>
public sealed record BlockNode(string Helper, TemplatePath Path, int Line, int Column) : TemplateNode(Line, Column)
{
    public List<TemplateNode> Body { get; } = [];

    public List<TemplateNode>? Inverse { get; set; }

    /// <summary>Whether <c>~</c> strips white space around the else tag and the closing tag (<see cref="TemplateNode.Strip"/> is the opening tag's).</summary>
    internal (bool Before, bool After) ElseStrip { get; set; }

    internal (bool Before, bool After) CloseStrip { get; set; }
}

/// <summary><c>{{> name}}</c> or <c>{{> name path}}</c>: another template, given the current value or the one at the path.</summary>
public sealed record PartialNode(string Name, TemplatePath? Path, int Line, int Column) : TemplateNode(Line, Column);

/// <summary><c>{{! …}}</c>: writes nothing, but takes its line with it when it stands alone on it.</summary>
public sealed record CommentNode(int Line, int Column) : TemplateNode(Line, Column);
