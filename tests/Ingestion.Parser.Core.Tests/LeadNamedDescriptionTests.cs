using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LeadNamedDescriptionTests
{
    private const string Summary = "The harbour master tells the weekly why the winter timetable drops the late ferry. “Nobody rode it after nine.”";

    private static ParsedPage Parse(string leadClass, string leadText) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>Harbour master: the late ferry goes | Harbour Weekly</title>
        <meta property="og:description" content="The harbour master tells the weekly why the winter timetable drops the late ferry. &ldquo;Nobody rode it after nine.&rdquo;"></head><body>
        <div class="teaser-body"><div class="detail-content article_detail">
        <div class="teaser-link-info">Harbour</div>
        <h2>Harbour master: the late ferry goes</h2>
        <p class="{{leadClass}}">{{leadText}}</p>
        <div class="social-share"><div class="pull-left"><h5>23.01.2019</h5><div>By Jane Roe</div></div>
        <div class="pull-right"><a href="https://twitter.com/share?url=x">Twitter</a> <a href="https://www.facebook.com/sharer.php?u=x">Facebook</a></div></div>
        <p>The harbour master has run the ferries for eleven years, and the winter timetable is the first she has cut rather than widened, she says in her office over the quay.</p>
        <p>The late boat carried four passengers a night on average last winter, most of them crew going home, and the fuel it burned cost more than the fares of the whole week.</p>
        <p>Its slot goes to an early run for the school, which the parents' council asked for at the autumn meeting and which the board approved without a vote against.</p>
        </div></div>
        </body></html>
        """), "ferry.html");

    [Fact]
    public void A_lead_classed_paragraph_the_description_repeats_is_the_standfirst_not_the_text()
    {
        var page = Parse("article-detail-lead", Summary);

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.StartsWith("The harbour master has run", page.BodyParagraphs[0]);
    }

    [Fact]
    public void A_lead_classed_paragraph_with_other_words_than_the_description_stays_text()
    {
        var page = Parse("article-detail-lead", "The late ferry, which has crossed the harbour at half past ten since 1987, makes its last run on Sunday.");

        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.StartsWith("The late ferry, which", page.BodyParagraphs[0]);
    }

    [Fact]
    public void A_paragraph_the_description_repeats_without_a_lead_class_is_left_to_the_other_rules()
    {
        // The date row went with the share box: without the class, nothing sets the paragraph apart from the text.
        var page = Parse("text-large", Summary);

        Assert.Equal(4, page.BodyParagraphs.Count);
    }
}
