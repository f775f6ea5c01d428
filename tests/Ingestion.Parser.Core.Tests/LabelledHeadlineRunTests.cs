using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledHeadlineRunTests
{
    [Theory]
    [InlineData("Top-Themen:Obama lehnt ab: Ermittlungen nach Geiselnahme Obama fordert Maut-Pläne Obama lehnt ab: Mindestlohn Kenyatta warnt vor Energiewende Hollande lehnt ab: Wahlergebnis der AfD")]
    [InlineData("En continu : Ayrault rejette la résolution sur les armes chimiques Poutine conteste la paralysie budgétaire Lavrov s'inquiète de la crise syrienne Poutine salue les municipales")]
    [InlineData("Trending: Startup delays budget shortfall Council questions budget shortfall Council expands pay offer Hospital trust probes data breach Coast guard expands housing scheme")]
    public void A_label_over_headlines_run_together_is_a_ticker(string line) => Assert.True(LabelledHeadlineRun.Is(line));

    [Theory]
    // A paragraph opening with a label is still a sentence: it has its commas and its full stop.
    [InlineData("Update: The council voted 5-2 on Wednesday night to bring back parking meters on four blocks of Canal Street, two years after it pulled them out.")]
    // A caption with its credit in brackets.
    [InlineData("Photo: Soldiers stand guard outside the army club in Bangkok where rival political leaders had been meeting on Thursday morning (Somchai Rattana/AP)")]
    // A tags line lists its topics with commas.
    [InlineData("Tags: bridges, Mill Street, public works, Tolland River, dam safety, county engineer, detours, Route 12 bridge, harvest season traffic, farm trucks")]
    // Too short to be a row of several headlines.
    [InlineData("Trending: Startup delays budget shortfall")]
    public void A_sentence_caption_tag_list_or_short_line_is_no_ticker(string line) => Assert.False(LabelledHeadlineRun.Is(line));

    [Fact]
    public void A_ticker_over_the_article_is_neither_its_text_nor_its_title()
    {
        var page = LabelledPages.SplitAsJson(
            "The Daily Tilt\n\n"
            + "Trending: Startup delays budget shortfall Council questions budget shortfall Council expands pay offer Hospital trust probes data breach Coast guard expands housing scheme\n\n"
            + "Ohio Mayor's 14-Minute Rant About Leaf Blowers Becomes Unlikely Internet Hit\n\nBy Casey Morrow\nSeptember 27, 2013 10:14 am\n\n"
            + "Mayor Doug Pettibone's target was the leaf blower, which he described at various points as a hair dryer for the lawn and the bagpipe of suburbia.\n\n"
            + "The clip, posted by the town's public access channel on Wednesday morning, had been viewed more than 400,000 times by Thursday.\n",
            "page.txt");
        var root = System.Text.Json.JsonDocument.Parse(page).RootElement;
        Assert.Equal("Ohio Mayor's 14-Minute Rant About Leaf Blowers Becomes Unlikely Internet Hit", root.GetProperty("title").GetString());
        Assert.StartsWith("Mayor Doug Pettibone", root.GetProperty("body_paragraphs")[0].GetString());
    }
}
