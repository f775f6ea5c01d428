namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="parsely-author" content="Dana Whitcomb"&gt;", "&lt;meta name="parsely-tags" content="ferries,harbour-board"&gt;":
/// Parse.ly's analytics fields, which a template fills from the story's own writer and tag fields (the newer form of the
/// one "parsely-page" JSON meta, whose time <see cref="ParselyPageDate"/> reads; its "parsely-pub-date" is among the date
/// metas). A page that names its writer and tags nowhere else (no byline, no author meta, no tag row, no article:tag) has
/// them here. Read after every other name, so a page with an author meta, a byline or a tag list reads as before. The
/// tag field is a comma list, read as the "tags" meta is (<see cref="MetaTagsField"/>: "topic:world" ids give none).
/// Cost: two meta look-ups, only on a page that found no writer or no tags otherwise.
/// </summary>
internal static class ParselyFieldMetas
{
    public static string? Author(MetaTags meta) => meta.First("parsely-author");

    public static List<string> Tags(MetaTags meta) => MetaTagsField.Read(meta.First("parsely-tags"));
}
