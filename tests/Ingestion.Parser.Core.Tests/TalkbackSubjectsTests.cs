using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TalkbackSubjectsTests
{
    [Fact]
    public void A_short_unpunctuated_line_over_every_comment_is_its_subject()
    {
        Assert.True(TalkbackSubjects.HeadEvery([
            ["Segmenting helps", "We moved all printers to their own VLAN two years ago."],
            ["Vendors", "The vendors need to ship with telnet off."],
        ]));
    }

    [Fact]
    public void A_thread_where_one_comment_opens_with_a_sentence_has_no_subjects()
    {
        Assert.False(TalkbackSubjects.HeadEvery([
            ["Segmenting helps", "We moved all printers to their own VLAN two years ago."],
            ["Agreed.", "The vendors need to ship with telnet off."],
        ]));
        Assert.False(TalkbackSubjects.HeadEvery([
            ["Segmenting helps", "We moved all printers to their own VLAN two years ago."],
            ["The vendors need to ship with telnet off."],
        ]));
    }

    [Fact]
    public void One_comment_of_one_line_in_five_keeps_the_threads_subjects()
    {
        Assert.True(TalkbackSubjects.HeadEvery([
            ["Loved the last drive", "Eleven runs in a row."],
            ["About time. We have the best guards in the division."],
            ["Yep", "And it kept the defense off the field."],
            ["That nickel corner", "I don't want to see number 31 again."],
            ["He's a rookie", "Give him time."],
        ]));
        Assert.False(TalkbackSubjects.HeadEvery([
            ["Loved the last drive", "Eleven runs in a row."],
            ["About time. We have the best guards in the division."],
            ["Yep", "And it kept the defense off the field."],
            ["That nickel corner", "I don't want to see number 31 again."],
        ]));
    }
}
