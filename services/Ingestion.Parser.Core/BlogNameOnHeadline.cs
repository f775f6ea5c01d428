namespace Ingestion.Parser.Core;

/// <summary>
/// "The Note" / "The Note: Shutdown Math Gets Harder" / … / "Copyright © 2013 Broadcast News Ventures": a network's blog
/// prints its name over the post and again before the headline's colon. The name is the blog's, a section of the site the
/// copyright line names, no masthead.
/// </summary>
internal static class BlogNameOnHeadline
{
    /// <summary>Whether the headline opens with the name and a colon ("The Note: …").</summary>
    public static bool Is(string name, string headline)
    {
        var trimmed = headline.AsSpan().Trim();
        return name.Length > 0 && trimmed.Length > name.Length + 2 && trimmed.StartsWith(name, StringComparison.OrdinalIgnoreCase)
            && trimmed[name.Length..].StartsWith(": ", StringComparison.Ordinal);
    }
}
