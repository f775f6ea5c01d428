namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="blog-byline vcard author" itemprop="author" itemtype="http://schema.org/Person"&gt;… BrandPost Sponsored by
/// Harbourline | Learn More …&lt;/div&gt;": a sponsored blog's branding box, marked as the article's author though no name
/// property sits in it, over the writer's own byline (IDG's BrandPost template). Its line names the company paying for
/// the blog, no writer; the byline's name is the author.
/// </summary>
/// <remarks>
/// Risk: a writer's name holding one of the phrases; none is a name. Cost: one phrase search of an author property's
/// text that has no name property, once a page.
/// </remarks>
internal static class SponsorLineAuthor
{
    private static readonly PhraseSet SponsorPhrases = new(
        "sponsored by", "brought to you by", "paid for by", "presented by", "in partnership with",
        "gesponsert von", "präsentiert von", "sponsorisé par", "présenté par", "patrocinado por");

    /// <summary>Whether an author property's text announces a sponsor.</summary>
    public static bool Is(string text) => SponsorPhrases.FoundIn(text);
}
