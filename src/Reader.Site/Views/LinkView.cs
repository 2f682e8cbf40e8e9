namespace Reader.Site.Views;

public sealed record LinkView(string Text, string Url);
