using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PullQuoteAttributionCaptionTests
{
    private static ParsedPage Parse(string quotation) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Night Ferry Keeps Its Late Run</title></head><body>
        <article><h1>Night Ferry Keeps Its Late Run</h1>
        <figure class="cli cli-image"><img src="/ferry.jpg" alt="The night ferry at the town pier."><figcaption class="cli-image__caption caption-cli">The night ferry at the town pier.</figcaption></figure>
        <div class="cli cli-text"><p>The harbour board voted on Tuesday to keep the night ferry running until midnight through the winter season.</p></div>
        <div class="cli cli-text"><p>“It is not that the pier needs the ferry. The ferry needs the pier,” said Dana Ruiz, who runs the harbour office.</p></div>
        {{quotation}}
        <div class="cli cli-text"><p>The crew had asked for the late crossing after more than two hundred riders a week used it during the summer.</p></div>
        </article>
        </body></html>
        """), "ferry.html");

    [Fact]
    public void A_pull_quotes_attribution_in_a_caption_style_is_no_caption()
    {
        var page = Parse("""<blockquote class="cli cli-pullquote"><div class="cli-pullquote__content"><p class="cli-pullquote__quote accent-cli">“It is not that the pier needs the ferry.”</p><div class="cli-pullquote__attribution caption-cli">- Dana Ruiz, harbour master</div></div></blockquote>""");

        Assert.Equal(["The night ferry at the town pier."], page.Captions);
    }

    [Fact]
    public void A_caption_inside_a_quotation_that_shows_a_picture_stays_a_caption()
    {
        var page = Parse("""<blockquote class="embed"><img src="/crew.jpg" alt=""><div class="caption">The crew on the night run.</div></blockquote>""");

        Assert.Contains("The crew on the night run.", page.Captions);
    }
}
