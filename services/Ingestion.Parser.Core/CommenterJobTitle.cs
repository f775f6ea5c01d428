namespace Ingestion.Parser.Core;

/// <summary>
/// "Dale Weingartner, Plant Manager, Heartland Sheet Feeders" / "September 24, 2013 at 3:18 PM": a trade publication's
/// thread prints each commenter's job title and company after the name, as the registration form asked for them. The
/// header is longer than a name, but the name before the title is the writer.
/// </summary>
internal static class CommenterJobTitle
{
    private const int MaxHeaderLength = 100;

    /// <summary>The last word of a job title in industry: "Plant Manager", "Purchasing Director", "Vice President".</summary>
    private static readonly WordSet JobWords = new(["manager", "director", "president", "engineer", "owner", "buyer", "analyst", "consultant", "supervisor",
        "coordinator", "specialist", "officer", "executive", "founder", "partner", "ceo", "cfo", "coo", "superintendent", "technician", "planner", "sales", "foreman",
        // A software company's blog signs its posts "Posted by Name, Developer Advocate" / "…, Product Designer".
        "advocate", "evangelist", "designer", "scientist"]);

    public static string? NameOf(ReadOnlySpan<char> header)
    {
        var text = header.Trim();
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (text.Length > MaxHeaderLength || comma <= 0 || Words.EndsSentence(text))
        {
            return null;
        }

        var name = text[..comma];
        var rest = text[(comma + 2)..];
        var next = rest.IndexOf(", ", StringComparison.Ordinal);
        var title = next > 0 ? rest[..next] : rest;
        return Words.Count(name) is 2 or 3 && Words.LooksLikePersonName(name) && IsJobTitle(title) ? name.ToString() : null;
    }

    /// <summary>"Plant Manager", "Owner", "Program Coordinator": at most four capitalised words ending in a job word or a newsroom role.</summary>
    public static bool IsJobTitle(ReadOnlySpan<char> title)
    {
        if (title.IsEmpty || Words.Count(title) > 4 || !char.IsUpper(title[0]))
        {
            return false;
        }

        var space = title.LastIndexOf(' ');
        return JobWords.Contains(title[(space + 1)..]) || BylineParser.IsRole(title.ToString());
    }
}
