namespace Reader.Site.Checks;

/// <summary>Something wrong in a generated page: a broken link, a duplicate id, a missing label.</summary>
/// <param name="Page">The file under the output folder, with forward slashes.</param>
public sealed record PageProblem(string Page, string Problem)
{
    public override string ToString() => $"{Page}: {Problem}";
}
