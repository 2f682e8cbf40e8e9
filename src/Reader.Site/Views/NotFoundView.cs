namespace Reader.Site.Views;

public sealed record NotFoundView(string Title, string HomeUrl, string ArchiveUrl, string SearchUrl);
