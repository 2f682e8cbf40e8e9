namespace Reader.Site.Views;

/// <summary>A &lt;meta&gt; tag: <c>name=</c> for citation tags, <c>property=</c> for Open Graph.</summary>
public sealed record MetaTagView(string Key, string Content);
