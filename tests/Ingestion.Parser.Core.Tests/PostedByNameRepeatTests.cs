using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PostedByNameRepeatTests
{
    [Fact]
    public void A_header_naming_its_writer_before_the_date_and_after_posted_by_opens_a_comment()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Harbour Ledger

            Wednesday, 14 May 2014 09:05

            Harbour Pool to Close for Six Months

            Written by Mira Collins

            The harbour pool will close for six months from June while its roof is replaced, the town council said on Tuesday evening.

            The swimming club will train at the county pool in the meantime, a drive of forty minutes for most of its members.

            The council said the gym and the sauna would stay open while the work goes on.

            3 comments

                 * Comment Link Olive Brandt Wednesday, 14 May 2014 12:40 posted by Olive Brandt
                   Six months is a long time for the morning swimmers.
                   Report
                 * Comment Link Ned Harlow Thursday, 15 May 2014 09:17 posted by Ned Harlow
                   The roof has leaked for years. Why was nothing done then?
                   Report

            Leave a comment
            """), "page.txt");

        Assert.Equal(["Olive Brandt", "Ned Harlow"], page.Comments.Select(c => c.Author));
        Assert.Equal(["2014-05-14T12:40:00", "2014-05-15T09:17:00"], page.Comments.Select(c => c.PostedAt));
        Assert.Equal("The roof has leaked for years. Why was nothing done then?", Assert.Single(page.Comments[1].Paragraphs));
    }

    [Fact]
    public void Posted_by_another_name_is_no_such_header()
    {
        Assert.False(PostedByNameRepeat.TryRead("Olive Brandt Wednesday, 14 May 2014 12:40 posted by Ned Harlow", out _, out _));
        Assert.True(PostedByNameRepeat.TryRead("Olive Brandt Wednesday, 14 May 2014 12:40 posted by Olive Brandt", out var author, out _));
        Assert.Equal("Olive Brandt", author);
    }
}
