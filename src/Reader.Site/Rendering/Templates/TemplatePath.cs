namespace Reader.Site.Rendering.Templates;

/// <summary>
/// A value's path in a template: <c>Page.Title</c>, <c>this</c>, <c>../Name</c>, <c>@root.Site.Language</c>, or
/// one of <c>@index</c>, <c>@first</c>, <c>@last</c> inside <c>{{#each}}</c>.
/// </summary>
/// <param name="Up">How many scopes to go out first (<c>../</c>).</param>
/// <param name="Members">The properties to read, in order; none for the current value itself.</param>
public sealed record TemplatePath(string Text, bool FromRoot, int Up, string? Variable, IReadOnlyList<string> Members)
{
    private static readonly string[] Variables = ["index", "first", "last"];

    /// <summary>Parses a path; null when it is not one (a literal, a hash argument, a sub-expression).</summary>
    public static TemplatePath? Parse(string text)
    {
        var rest = text;
        var up = 0;
        while (rest.StartsWith("../", StringComparison.Ordinal))
        {
            up++;
            rest = rest[3..];
        }

        var fromRoot = false;
        string? variable = null;
        if (rest.StartsWith('@'))
        {
            var name = rest[1..].Split('.', 2)[0];
            if (name == "root")
            {
                fromRoot = true;
                rest = rest.Length > 5 ? rest[6..] : "";
            }
            else if (Variables.Contains(name) && rest.Length == name.Length + 1)
            {
                return new TemplatePath(text, false, up, name, []);
            }
            else
            {
                return null;
            }
        }

        if (rest is "" or "this" or ".")
        {
            return new TemplatePath(text, fromRoot, up, variable, []);
        }

        if (rest.StartsWith("this.", StringComparison.Ordinal) || rest.StartsWith("this/", StringComparison.Ordinal))
        {
            rest = rest[5..];
        }

        var members = rest.Split('.', '/');
        return members.All(IsName) ? new TemplatePath(text, fromRoot, up, variable, members) : null;
    }

    private static bool IsName(string member) => member.Length > 0 && (char.IsLetter(member[0]) || member[0] == '_') && member.All(c => char.IsLetterOrDigit(c) || c == '_');
}
