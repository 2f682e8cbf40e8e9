namespace Reader.Browser.Tests;

/// <summary>
/// A test that needs Chromium and the npm checkers: skipped, saying why, where they are absent — unless
/// READER_REQUIRE_BROWSER is set (as CI does), where their absence fails the test instead.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.MissingReason is { } reason && Environment.GetEnvironmentVariable("READER_REQUIRE_BROWSER") is null or "")
        {
            Skip = "Browser test skipped: " + reason;
        }
    }
}
