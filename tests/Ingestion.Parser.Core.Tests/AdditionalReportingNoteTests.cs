using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AdditionalReportingNoteTests
{
    private static ParsedPage Parse(string last) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry resumes after storm | Harbour Post</title></head><body>
        <article><h1>Ferry resumes after storm</h1>
        <p class="byline">By Marta Olsen</p>
        <div class="article-content">
        <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
        <p>{{last}}</p>
        </div></article></body></html>
        """), "ferry.html");

    [Theory]
    [InlineData("<em>Additional reporting by Dana Whitcomb.</em>")]
    [InlineData("Additional reporting by Ana Ruiz and Tom Hale")]
    [InlineData("<em>Additional reporting by Ana Ruiz, Kofi Mensah &amp; Priya Nair.</em>")]
    public void A_closing_credit_for_a_colleague_is_no_paragraph(string credit)
    {
        var page = Parse(credit);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.Equal(["Marta Olsen"], page.Authors);
    }

    [Theory]
    [InlineData("Additional reporting by staff at the paper helped the harbour master count the boats.")]
    [InlineData("Additional reporting by Ana Ruiz showed the ferry had been late on 40 days of the year.")]
    public void A_sentence_that_goes_on_after_the_opening_stays(string sentence)
    {
        var page = Parse(sentence);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.Equal(sentence, page.BodyParagraphs[2]);
    }

    [Theory]
    [InlineData("<i>Produced by Beatriz Salgado and Tom Hale</i>")]
    [InlineData("<i>Video produced by Kofi Mensah</i>")]
    public void A_clips_credit_for_its_producers_is_no_paragraph(string credit)
    {
        var page = Parse(credit);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.Equal(["Marta Olsen"], page.Authors);
    }

    [Fact]
    public void A_sentence_opening_with_produced_by_stays()
    {
        const string sentence = "Produced by local farmers, the cheese sold at the ferry kiosk has won two prizes.";
        var page = Parse(sentence);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.Equal(sentence, page.BodyParagraphs[2]);
    }

    [Theory]
    [InlineData("Additional editing and production by Ana Ruiz, Kofi Mensah and Priya Nair. Sources: Harbour Board/ City Archive.")]
    [InlineData("<em>Additional reporting and research by Tom Hale.</em>")]
    [InlineData("Additional graphics, design and video by Kit Doyle &amp; Lena Park.")]
    public void A_features_closing_credit_for_other_roles_is_no_paragraph(string credit)
    {
        var page = Parse(credit);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.Equal(["Marta Olsen"], page.Authors);
    }

    [Theory]
    [InlineData("Additional funding by the Harbour Board paid for the new pontoon at the ferry slip.")]
    [InlineData("Additional editing by Ana Ruiz cut the report from forty pages to twelve.")]
    [InlineData("Additional editing by Ana Ruiz. Sources say the ferry will stop running in winter. The board meets on Friday.")]
    public void A_sentence_after_an_additional_opening_stays(string sentence)
    {
        var page = Parse(sentence);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.Equal(sentence, page.BodyParagraphs[2]);
    }
}
