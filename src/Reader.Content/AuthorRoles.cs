namespace Reader.Content;

/// <summary>The lower-case spellings of <see cref="AuthorRole"/> used in front matter.</summary>
public static class AuthorRoles
{
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<AuthorRole>().Select(ToText)];

    public static string ToText(AuthorRole role) => role.ToString().ToLowerInvariant();

    public static bool TryParse(string text, out AuthorRole role)
    {
        foreach (var candidate in Enum.GetValues<AuthorRole>())
        {
            if (ToText(candidate) == text.Trim().ToLowerInvariant())
            {
                role = candidate;
                return true;
            }
        }

        role = AuthorRole.Author;
        return false;
    }
}
