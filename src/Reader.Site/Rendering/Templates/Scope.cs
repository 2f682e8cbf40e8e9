namespace Reader.Site.Rendering.Templates;

/// <summary>The value a template is looking at, the scope it was entered from (<c>../</c>), and the loop position inside <c>{{#each}}</c>.</summary>
internal sealed record Scope(object? Value, Scope? Parent, (int Index, bool First, bool Last)? Loop);
