using System.Globalization;
using System.Text.RegularExpressions;
using Reader.Content;

namespace Reader.Cli.Settings;

/// <summary>
/// Checks the value of every key of <c>statiq.json</c> before any work starts, so a setting can never make Reader
/// write outside the project, overwrite content, load a page's assets from another host or ask for an absurd amount
/// of work. Each problem is an error naming the key, what was found and what would do.
/// </summary>
public static partial class SettingsValidator
{
    public const int MaxHomeArticleCount = 1000;
    public const int MaxRelatedArticleCount = 50;
    public const int MaxArchivePageSize = 1000;
    public const int MaxFeedSize = 1000;
    public const int MaxEbookSize = 10000;

    private const string File = SettingsLoader.FileName;

    public static void Validate(string projectRoot, ReaderSettings settings, DiagnosticBag diagnostics)
    {
        void Error(string message, string hint) => diagnostics.Add(Diagnostic.Error(File, null, message, hint));

        Text("SiteTitle", settings.SiteTitle, 200, required: true);
        Text("SiteDescription", settings.SiteDescription, 1000, required: false);

        if (!IsHost(settings.Host))
        {
            Error($"'Host' must be a host name, optionally with a port, found {Quoted(settings.Host)}",
                "e.g. \"Host\": \"example.org\"; the scheme comes from LinksUseHttps and a sub-path goes in LinkRoot");
        }

        // The site's own links are LinkRoot + "/…": anything but plain path segments could turn them into links to
        // another host ("//evil.example", "/\\evil.example", which browsers read as "//evil.example").
        if (settings.LinkRoot.Length > 0 && (!LinkRootShape().IsMatch(settings.LinkRoot) || settings.LinkRoot.Split('/').Any(s => s is "." or "..")))
        {
            Error($"'LinkRoot' must be \"\" or a path of plain segments such as \"/reader\" (letters, digits, '.', '_', '~' and '-' after each '/'), found {Quoted(settings.LinkRoot)}",
                "e.g. \"LinkRoot\": \"/reader\", or \"\" for a site at the root of its host; the host itself goes in Host");
        }

        if (!LanguageShape().IsMatch(settings.SiteLanguage))
        {
            Error($"'SiteLanguage' must be a language tag such as \"en\" or \"pt-BR\", found {Quoted(settings.SiteLanguage)}", "e.g. \"SiteLanguage\": \"en\"");
        }

        Range("HomeArticleCount", settings.HomeArticleCount, 1, MaxHomeArticleCount);
        Range("RelatedArticleCount", settings.RelatedArticleCount, 0, MaxRelatedArticleCount);
        Range("ArchivePageSize", settings.ArchivePageSize, 1, MaxArchivePageSize);
        Range("FeedSize", settings.FeedSize, 1, MaxFeedSize);
        Range("EbookSize", settings.EbookSize, 1, MaxEbookSize);

        var folders = new List<(string Key, string Full)>();
        Folder("SeedsPath", settings.SeedsPath);
        Folder("InputPath", settings.InputPath);
        Folder("OutputPath", settings.OutputPath);
        if (settings.ThemePaths.Count == 0)
        {
            Error("'ThemePaths' must name at least one folder", "e.g. \"ThemePaths\": [\"theme\"]");
        }

        foreach (var theme in settings.ThemePaths)
        {
            Folder("ThemePaths", theme);
        }

        var report = InsideProject("ReportPath", settings.ReportPath);
        var output = folders.FirstOrDefault(f => f.Key == "OutputPath").Full;
        var git = Path.Combine(projectRoot, ".git");
        if (output is not null)
        {
            foreach (var (key, full) in folders.Where(f => f.Key != "OutputPath").Append(("the .git folder", git)))
            {
                if (ProjectPaths.Overlap(output, full))
                {
                    Error($"'OutputPath' {Quoted(settings.OutputPath)} overlaps {(key.StartsWith("the ", StringComparison.Ordinal) ? key : $"'{key}'")}: every build replaces the output folder whole, and would delete it",
                        "e.g. \"OutputPath\": \"output\", a folder of its own that holds nothing but the site");
                }
            }
        }

        if (report is not null)
        {
            foreach (var (key, full) in folders.Append(("the .git folder", git)))
            {
                if (ProjectPaths.IsSameOrInside(report, full))
                {
                    Error($"'ReportPath' {Quoted(settings.ReportPath)} lies inside {(key.StartsWith("the ", StringComparison.Ordinal) ? key : $"'{key}'")}, where ingest's report would overwrite or be mistaken for content",
                        "e.g. \"ReportPath\": \"reports/ingest.json\"");
                }
            }

            if (Directory.Exists(report))
            {
                Error($"'ReportPath' {Quoted(settings.ReportPath)} is a folder", "name the file to write, e.g. \"ReportPath\": \"reports/ingest.json\"");
            }
        }

        void Text(string key, string value, int maxLength, bool required)
        {
            if (required && string.IsNullOrWhiteSpace(value))
            {
                Error($"'{key}' must not be empty", $"e.g. \"{key}\": \"A reader\"");
            }
            else if (value.Length > maxLength)
            {
                Error($"'{key}' is {value.Length.ToString(CultureInfo.InvariantCulture)} characters long, more than the {maxLength.ToString(CultureInfo.InvariantCulture)} a page can show", "shorten it");
            }

            if (UnsafeCharacters.Any(value) || value.Any(c => c is '\n' or '\r' or '\t'))
            {
                Error($"'{key}' contains control characters, which no page or feed can hold", "remove them (write the text on one line)");
            }
        }

        void Range(string key, int value, int min, int max)
        {
            if (value < min || value > max)
            {
                Error(string.Create(CultureInfo.InvariantCulture, $"'{key}' must be from {min} to {max}, found {value}"), string.Create(CultureInfo.InvariantCulture, $"e.g. \"{key}\": {Math.Clamp(10, min, max)}"));
            }
        }

        void Folder(string key, string value)
        {
            if (InsideProject(key, value) is { } full)
            {
                folders.Add((key, full));
            }
        }

        string? InsideProject(string key, string value)
        {
            var hint = $"a path relative to the project folder (where {File} is), e.g. \"{key}\": \"{Example(key)}\"";
            if (string.IsNullOrWhiteSpace(value) || UnsafeCharacters.Any(value) || value.Any(char.IsControl))
            {
                Error($"'{key}' must name a path inside the project, found {Quoted(value)}", hint);
                return null;
            }

            if (Path.IsPathRooted(value) || value.Contains('\\', StringComparison.Ordinal))
            {
                Error($"'{key}' must be a relative path with '/' between folders, found {Quoted(value)}", hint);
                return null;
            }

            var full = Path.GetFullPath(Path.Combine(projectRoot, value));
            if (!ProjectPaths.IsInside(full, projectRoot))
            {
                Error($"'{key}' {Quoted(value)} leads {(ProjectPaths.Normal(full) == ProjectPaths.Normal(projectRoot) ? "to the project folder itself" : "outside the project")}; Reader only reads and writes inside the project", hint);
                return null;
            }

            return full;
        }
    }

    private static string Example(string key) => key switch
    {
        "SeedsPath" => "seeds",
        "InputPath" => "input",
        "OutputPath" => "output",
        "ReportPath" => "reports/ingest.json",
        _ => "theme",
    };

    private static bool IsHost(string host)
    {
        var match = HostShape().Match(host);
        return match.Success && host.Length <= 253
            && (!match.Groups["port"].Success || int.TryParse(match.Groups["port"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535);
    }

    private static string Quoted(string value) =>
        "\"" + string.Concat(value.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";

    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::(?<port>[0-9]{1,5}))?$")]
    private static partial Regex HostShape();

    [GeneratedRegex(@"^(?:/[A-Za-z0-9._~-]+)+$")]
    private static partial Regex LinkRootShape();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageShape();
}
