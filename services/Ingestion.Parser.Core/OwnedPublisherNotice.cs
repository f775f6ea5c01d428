namespace Ingestion.Parser.Core;

/// <summary>
/// "Copyright 2013 HealthNews Network, a TechMedia company. All rights reserved. This material may not be published,
/// broadcast, rewritten or redistributed.": a site owned by a media group borrows the wire's words on reuse, but the
/// holder it names is explained as "a … company", which a wire's own notice ("Copyright 2013 The Associated Press") never
/// says of itself. Such a notice names the site, not a wire.
/// </summary>
internal static class OwnedPublisherNotice
{
    private const string Appositive = ", a ";
    private const string CompanyWord = " company";

    /// <summary>Lengths of the owner's name the appositive may run to ("a TechMedia company", "a Tribune Media Group company").</summary>
    private const int MaxOwnerChars = 48;

    /// <summary>Whether the notice's first sentence names its holder as "…, a Owner company".</summary>
    public static bool NamesOwningCompany(ReadOnlySpan<char> notice)
    {
        var firstSentence = notice.IndexOf(". ") is >= 0 and var stop ? notice[..stop] : notice;
        var at = firstSentence.IndexOf(Appositive, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var owner = firstSentence[(at + Appositive.Length)..];
        return owner.Length <= MaxOwnerChars && owner.EndsWith(CompanyWord, StringComparison.OrdinalIgnoreCase);
    }
}
