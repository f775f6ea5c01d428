using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AttributedLedeTests
{
    [Theory]
    [InlineData("The county will close the Mill Street bridge for six weeks starting October 7, the public works department said Tuesday.")]
    [InlineData("Two people were hurt when a truck hit the bridge rail, police said.")]
    [InlineData("The mayor said the vote would come before the end of the month.")]
    public void A_sentence_telling_who_said_so_is_a_lede(string text) => Assert.True(AttributedLede.Is(text));

    [Theory]
    [InlineData("Netanyahu's office calls speech 'cynical and full of hypocrisy'; Israeli delegation walked out before Iranian president took the podium.")]
    [InlineData("Près de 800 tracteurs ont convergé jeudi matin vers Paris.")]
    [InlineData("Saidi Ahmed saidthat nothing was settled.")]
    public void A_summary_attributing_nothing_is_no_lede(string text) => Assert.False(AttributedLede.Is(text));

    [Fact]
    public void An_attributed_first_paragraph_over_the_lead_picture_stays_in_the_body()
    {
        var page = LabelledPages.SplitAsJson(
            "Spillway repairs to close Mill Street bridge for six weeks\n\nBy Gwen Harlowe\nPosted: Tuesday, September 24, 2013 6:15 pm\n\n"
            + "The county will close the Mill Street bridge over the Tolland River for six weeks starting October 7 so crews can repair the spillway, the public works department said Tuesday.\n\n"
            + "Water pours over the cracked spillway below the Mill Street bridge. (Photo: Dana Pruitt/Riverbend Courier)\n\n"
            + "Inspectors found in July that concrete at the base of the spillway had worn away in several places, leaving steel reinforcement exposed to the current.\n",
            "page.txt");
        var body = System.Text.Json.JsonDocument.Parse(page).RootElement.GetProperty("body_paragraphs");
        Assert.StartsWith("The county will close", body[0].GetString());
    }
}
