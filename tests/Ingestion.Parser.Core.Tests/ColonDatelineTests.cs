using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ColonDatelineTests
{
    private const string Story = "STORD: Det var klart etter at mekleren ga opp forhandlingene mellom forbundet og ferjeselskapet klokken 16 torsdag.";

    [Fact]
    public void A_capitals_place_before_a_colon_opens_the_story() =>
        Assert.True(ColonDateline.OpensStory(["Køen ved ferjekaien torsdag ettermiddag.", Story], 1));

    [Fact]
    public void The_paper_in_brackets_after_the_place_is_part_of_the_dateline() =>
        Assert.True(ColonDateline.OpensStory(["STORD (Vestlandsposten): Det var klart etter at mekleren ga opp forhandlingene klokken 16 torsdag."], 0));

    [Fact]
    public void A_label_before_a_colon_is_no_place() =>
        Assert.False(ColonDateline.OpensStory(["UPDATE: The council has since said that the vote will be held on Thursday evening as planned."], 0));

    [Fact]
    public void Speakers_taking_turns_are_no_dateline() =>
        Assert.False(ColonDateline.OpensStory(
        [
            "ORTEGA: Well, we had been planning the move for a long time, and the council knew about it from the start.",
            "ASHBY: And when did you first hear that the money would not come through from the state this year?",
        ], 0));

    [Fact]
    public void A_short_line_is_no_story_paragraph() =>
        Assert.False(ColonDateline.OpensStory(["STORD: Ferja går."], 0));

    [Fact]
    public void The_caption_over_the_colon_dateline_leaves_the_body()
    {
        List<string> body = ["Køen ved ferjekaien på Skjersholmane torsdag ettermiddag.", Story, "Streiken vil ramme sambandene."];
        List<string> captions = [];
        LinesBeforeDateline.RemoveFrom(body, captions);
        Assert.Equal(["Køen ved ferjekaien på Skjersholmane torsdag ettermiddag."], captions);
        Assert.Equal(Story, body[0]);
    }
}
