using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ButtonlessPollBoxTests
{
    private static List<TextLine> Lines(string text) => TextLine.Split(text);

    [Fact]
    public void A_flattened_poll_box_is_claimed_whole()
    {
        var lines = Lines("Poll\nWho should win album of the year?\nThe Lantern Hours, \"Salt and Ember\"\nMara Quinn, \"Northbound\"\nVote\nView Results\n\nThe show opened at 8 p.m.");
        Assert.Equal(6, ButtonlessPollBox.Claim(lines, 0, 6));
        var kept = ButtonlessPollBox.Remove(lines);
        Assert.True(kept[0].IsBlank && kept[5].IsBlank);
        Assert.Equal("The show opened at 8 p.m.", kept[7].Text);
    }

    [Fact]
    public void A_poll_labelled_in_another_language_is_claimed_as_the_radio_button_poll_is() =>
        Assert.Equal(5, ButtonlessPollBox.Claim(Lines("Umfrage:\nWer soll Trainer werden?\nMara Quinn\nIron Coast\nSubmit"), 0, 5));

    [Fact]
    public void A_poll_story_with_sentences_is_no_box()
    {
        var lines = Lines("Poll\nWho is ahead in the race?\nThe latest survey shows the mayor leading by four points.\nHer challenger says the numbers will change.\nVote");
        Assert.Equal(-1, ButtonlessPollBox.Claim(lines, 0, 5));
    }

    [Fact]
    public void A_question_without_a_vote_button_is_no_box() =>
        Assert.Equal(-1, ButtonlessPollBox.Claim(Lines("Poll\nWho should win?\nMara Quinn\nIron Coast"), 0, 4));

    [Fact]
    public void A_vote_button_and_results_link_on_one_line_close_the_box()
    {
        var lines = Lines("Poll\nShould the county build a new jail?\nYes, it's overdue\nNo, keep sending inmates out\nVote   View results\n\nThe Ogden County Courthouse.");
        Assert.Equal(5, ButtonlessPollBox.Claim(lines, 0, 5));
        Assert.True(ButtonlessPollBox.IsButtonRow("Vote   View results"));
    }

    [Fact]
    public void A_line_that_only_opens_with_vote_is_no_button_row()
    {
        Assert.False(ButtonlessPollBox.IsButtonRow("Vote  for the mayor"));
        Assert.False(ButtonlessPollBox.IsButtonRow("Voters turned down a jail bond in 2006 by fewer than 200 votes."));
    }

    [Fact]
    public void A_poll_box_run_on_from_the_story_without_blank_lines_is_removed_and_the_story_kept()
    {
        var removed = ButtonlessPollBox.Remove(Lines("Okoro closed the night.\nPoll\nWho should win album of the year?\nMara Quinn, \"Northbound\"\nIron Coast, \"Breakwater\"\nVote\nView Results\nMara Quinn won song of the year."));
        var story = ButtonlessPollBox.Remove(Lines("Okoro closed the night.\nVote\nWho will vote?\nMost people in the county plan to vote early this year."));

        Assert.Equal(["Okoro closed the night.", "", "", "", "", "", "", "Mara Quinn won song of the year."], removed.Select(line => line.Text));
        Assert.All(story, line => Assert.False(line.IsBlank));
    }
}
