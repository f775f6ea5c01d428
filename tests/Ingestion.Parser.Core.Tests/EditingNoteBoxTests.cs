using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EditingNoteBoxTests
{
    private static PageLines Lines(params string[] lines) => new(TextLine.Split(string.Join("\n", lines)));

    [Fact]
    public void A_headed_note_on_the_editing_is_no_paragraph()
    {
        var lines = Lines("Lena Voss joined the map office in 1982.", "", "About this interview", "Interview has been edited and condensed.", "", "Q: Do you remember the first map?");
        Assert.True(EditingNoteBox.Is(lines, 2));
        Assert.True(EditingNoteBox.Is(lines, 3));
        Assert.False(EditingNoteBox.Is(lines, 0));
        Assert.False(EditingNoteBox.Is(lines, 5));
    }

    [Fact]
    public void A_note_run_into_the_intro_or_a_heading_over_text_stays()
    {
        var lines = Lines("We met at a diner near her house. This interview has been edited and condensed.", "", "About this project", "The series ran for six weeks and drew 40,000 readers, the most of any series this year.");
        Assert.False(EditingNoteBox.Is(lines, 0));
        Assert.False(EditingNoteBox.Is(lines, 2));
        Assert.False(EditingNoteBox.Is(lines, 3));
    }
}
