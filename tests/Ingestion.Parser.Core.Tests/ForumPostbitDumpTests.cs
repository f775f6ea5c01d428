using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ForumPostbitDumpTests
{
    [Fact]
    public void A_vbulletin_post_becomes_its_name_and_date_over_its_text()
    {
        var lines = TextLine.Split(string.Join('\n',
            "09-24-2013, 06:31 PM   #1", "HeraldSports", "Administrator", "Join Date: Jan 2008", "Posts: 18,402", "Gulls column",
            "This is a discussion thread for the column: Gulls column. Read the full column on the site.", "",
            "09-24-2013, 07:02 PM   #2", "SeagullSteve", "Senior Member", "Join Date: Mar 2009", "Posts: 1,234", "Re: Gulls column",
            "Walt is right for once.", "Nine picks.", "", "« Previous Thread | Next Thread »"));

        var texts = ForumPostbitDump.Normalize(lines).Select(line => line.Text).ToList();

        Assert.Equal(["SeagullSteve", "09-24-2013, 07:02 PM", "Walt is right for once.", "Nine picks.", "", "« Previous Thread | Next Thread »"], texts);
    }

    [Fact]
    public void A_numbered_line_without_a_posters_box_is_left_alone()
    {
        var lines = TextLine.Split(string.Join('\n', "Sept. 24, 2013, 7:02 PM   #2", "Walt is right for once.", "Nine picks in four games, the most in the league #1"));

        Assert.Same(lines, ForumPostbitDump.Normalize(lines));
    }
}
