using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReleaseAsSubmittedNoteTests
{
    [Theory]
    [InlineData("Elm Valley Now publishes news releases from local governments and agencies as submitted. Want to share news from your organization? Submit it here.")]
    [InlineData("Press releases are published as submitted and are not edited by our staff.")]
    public void The_sites_note_under_a_republished_release_is_furniture(string line) => Assert.True(ReleaseAsSubmittedNote.Is(line));

    [Theory]
    [InlineData("The county said in a news release that applications are due by Nov. 1.")]
    [InlineData("Completed applications must be returned as submitted forms to the County Services Building.")]
    public void A_sentence_of_the_text_is_no_note(string line) => Assert.False(ReleaseAsSubmittedNote.Is(line));
}
