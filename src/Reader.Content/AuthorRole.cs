namespace Reader.Content;

/// <summary>What a person did for an article. Written in front matter in lower case.</summary>
public enum AuthorRole
{
    Author,
    Interviewee,
    Interviewer,
    Editor,
    Translator,
}
