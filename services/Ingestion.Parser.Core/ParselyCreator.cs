using System.Text.Json;

namespace Ingestion.Parser.Core;

/// <summary>
/// "creator": "Dana Whitcomb" (or ["Dana Whitcomb", "Lee Okafor"]) in a NewsArticle with no "author": Parse.ly's JSON-LD
/// (its "dateCreated", "thumbnailUrl", "articleSection", "creator" and "keywords" set) names the writers under schema.org's
/// "creator", the property "author" narrows. A page whose only byline is that block, or an author box under the text,
/// names its writer there. A desk or a staff signature ("Staff", "News Desk") names no writer, as in "author"; nor does
/// one word ("JHarlan", "webdesk"), the account the plugin took from the CMS where the writer's display name was unset,
/// nor a labelled credit ("Series: Title", <see cref="LabelledCreditCreator"/>).
/// </summary>
internal static class ParselyCreator
{
    /// <summary>Longer than any byline's names: a sentence or a list of credits, no creator's name.</summary>
    private const int LongestName = 60;

    /// <summary>The writers the article node's "creator" names when it has no "author"; empty otherwise.</summary>
    public static List<string> Names(JsonElement article)
    {
        var names = new List<string>();
        if (article.TryGetProperty("author", out _) || !article.TryGetProperty("creator", out var creator))
        {
            return names;
        }

        if (creator.ValueKind == JsonValueKind.String)
        {
            Add(names, creator.GetString());
        }
        else if (creator.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in creator.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    Add(names, item.GetString());
                }
            }
        }

        return names;
    }

    private static void Add(List<string> names, string? value)
    {
        var name = Whitespace.Collapse(value);
        if (name.Length is > 0 and <= LongestName && name.Contains(' ') && !name.Contains("://", StringComparison.Ordinal) && !name.Contains('@')
            && !LettersSectionByline.Is(name) && !SignedByDesk.Is(name) && !BylineParser.IsDeskWord(name)
            && !MetaAuthorNoWriter.IsStaffDesk(name) && !MetaAuthorNoWriter.IsLogin(name) && !LabelledCreditCreator.Is(name) && !names.Contains(name))
        {
            names.Add(name);
        }
    }
}
