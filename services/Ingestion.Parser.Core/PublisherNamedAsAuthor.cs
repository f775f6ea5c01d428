namespace Ingestion.Parser.Core;

/// <summary>
/// JSON-LD's publisher "Harbour Foods" that is also the article's author ("author": {"name": "Harbour Foods"}, or the
/// author meta), beside og:site_name "Coastwire News Room": a wire service's release page, whose structured data names the
/// issuing company in every role, while the share card names the service that hosts it. The issuer wrote the release; the
/// site is the host the share card names. A share card that repeats the publisher's name ("Harbour Foods Blog") leaves it,
/// since then the company publishes the page itself.
/// </summary>
internal static class PublisherNamedAsAuthor
{
    /// <summary>The share card's name where <paramref name="publisher"/> is one of the article's authors and the card names another; else null.</summary>
    public static string? HostSite(string publisher, string shareName, PageFacts facts, string? metaAuthor)
    {
        if (shareName.Contains(publisher, StringComparison.OrdinalIgnoreCase) || publisher.Contains(shareName, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var namedAsAuthor = facts.PersonAuthors.Contains(publisher) || facts.OrganizationAuthors.Contains(publisher)
            || (metaAuthor is { } author && Whitespace.Collapse(author).Trim().Equals(publisher, StringComparison.OrdinalIgnoreCase));
        return namedAsAuthor ? shareName : null;
    }

    /// <summary><paramref name="authors"/> without the release's issuer; the list itself where there is none to take out.</summary>
    public static IReadOnlyList<string> WithoutIssuer(IReadOnlyList<string> authors, string? issuer)
    {
        if (issuer is null)
        {
            return authors;
        }

        List<string>? kept = null;
        for (var index = 0; index < authors.Count; index++)
        {
            if (authors[index].Equals(issuer, StringComparison.OrdinalIgnoreCase))
            {
                kept ??= [.. authors.Take(index)];
            }
            else
            {
                kept?.Add(authors[index]);
            }
        }

        return kept ?? authors;
    }
}
