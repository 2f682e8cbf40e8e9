namespace Reader.Ingest.People;

/// <summary>A name the finder read in one text, with why it looks like a person's.</summary>
/// <param name="Key">What spellings of one name share: <see cref="Reader.Content.PersonName.Key"/> of the name, Russian endings cut.</param>
public sealed record FoundName(string Name, string Key, string Evidence);
