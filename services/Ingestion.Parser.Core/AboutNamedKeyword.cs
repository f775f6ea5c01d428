namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="keywords" content="General news, Government and politics, …, Elections, Campaigns, …"&gt;" beside the
/// article's JSON-LD "about": {"@type": "Thing", "name": "Elections"}: a wire story's subject list names its topics in a
/// news agency's general words, none of which need open a word of the headline or the description, so it looked like a
/// site's list (<see cref="UnrelatedKeywordsMeta"/>). A list holding, as one of its entries, the name of what the
/// article's structured data says it is about is the story's own: a site's list in its head is the same on every page,
/// the "about" of each story is not. Cost: once per page whose long keywords list was found unrelated: a case-insensitive
/// comparison of each entry with each "about" name (one or two).
/// </summary>
internal static class AboutNamedKeyword
{
    public static bool In(IReadOnlyList<string> keywords, IReadOnlyList<string> aboutNames)
    {
        foreach (var about in aboutNames)
        {
            foreach (var keyword in keywords)
            {
                if (string.Equals(keyword, about, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
