using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentThreaderTests
{
    [Fact]
    public void A_response_among_its_parents_siblings_answers_the_sibling_it_names()
    {
        var threader = new CommentThreader();

        threader.Add(0, "harkovian", null, ["The square is full."]);
        threader.Add(1, "PeteInLeeds", null, ["Will it hold?"], "Response to harkovian, 5 December 2013 6:14pm");
        threader.Add(1, "harkovian", null, ["People say yes."], "Response to PeteInLeeds, 5 December 2013 6:31pm");
        threader.Add(1, "marguerite_s", null, ["Stay safe."], "Response to harkovian, 5 December 2013 6:14pm");
        threader.Add(0, "Ex-diplomat", null, ["Not bidding against Moscow."]);

        Assert.Equal([null, 1, 2, 1, null], threader.Finish().Select(comment => comment.Parent));
    }

    [Fact]
    public void Replies_indented_once_are_nested_by_the_name_they_answer()
    {
        var threader = new CommentThreader();
        threader.Add(0, "Glyndwr", null, ["A third of the bread."]);
        threader.Add(2, "ourmaninhavana → Glyndwr", null, ["The French law has not passed yet."], "Glyndwr");
        threader.Add(2, "Glyndwr → ourmaninhavana", null, ["Fair, but we have been finding out since 2008."], "ourmaninhavana");
        threader.Add(2, "PennyLane66 → Glyndwr", null, ["WRAP has been publishing figures since 2011."], "Glyndwr");

        var comments = threader.Finish();
        Assert.Equal([null, 1, 2, 3], comments.Select(comment => comment.Parent));
        Assert.Equal("PennyLane66", comments[3].Author);
    }

    [Fact]
    public void Where_the_page_indents_deeper_the_indentation_nests_and_the_name_repeats_it()
    {
        var threader = new CommentThreader();
        threader.Add(0, "MarketCrossMike", null, ["Where do they go now?"]);
        threader.Add(2, "K. Lloyd", null, ["They walk from the car park."], "In reply to MarketCrossMike");
        threader.Add(4, "MarketCrossMike", null, ["The car park is £1.20 for an hour."], "In reply to K. Lloyd");
        threader.Add(2, "Bethan H", null, ["Could the first 30 minutes be free?"], "In reply to MarketCrossMike");

        Assert.Equal([null, 1, 2, 1], threader.Finish().Select(comment => comment.Parent));
    }

    [Fact]
    public void A_flat_disqus_thread_nests_a_reply_by_the_parent_named_after_the_writer()
    {
        var threader = new CommentThreader();
        threader.Add(0, "Greg Talley", null, ["Great tips."]);
        threader.Add(0, "Hannah Rourke Mod Greg Talley", null, ["Bologna is next!"]);
        threader.Add(0, "Greg Talley Hannah Rourke", null, ["Follow the students."]);
        threader.Add(0, "wanderingfeet", null, ["Is it safe at night?"]);
        threader.Add(0, "Hannah Rourke Mod wanderingfeet", null, ["It is lively until late."]);
        threader.Add(0, "Elton wanderingfeet", null, ["One word before the name, no badge: no reply."]);

        var comments = threader.Finish();
        Assert.Equal([null, 1, 2, null, 4, null], comments.Select(comment => comment.Parent));
        Assert.Equal(["Greg Talley", "Hannah Rourke", "Greg Talley", "wanderingfeet", "Hannah Rourke", "Elton wanderingfeet"], comments.Select(comment => comment.Author));
    }

    [Fact]
    public void A_flat_reply_in_a_thread_printed_newest_first_answers_the_comment_under_it()
    {
        var threader = new CommentThreader();
        threader.Add(0, "Heinz", "2013-09-17T18:03:00", ["Stimmt."], "Antwort auf Ute");
        threader.Add(0, "Frank", "2013-09-17T17:31:00", ["Nein."], "Antwort auf kritischer_leser");
        threader.Add(0, "Ute", "2013-09-17T17:12:00", ["Endlich."]);
        threader.Add(0, "kritischer_leser", "2013-09-17T16:58:00", ["Warum?"], "Antwort auf Frank");
        threader.Add(0, "Frank", "2013-09-17T16:40:00", ["Gut so."]);

        Assert.Equal([3, 4, null, 5, null], threader.Finish().Select(comment => comment.Parent));
    }

    [Fact]
    public void A_flat_reply_is_not_answered_by_a_comment_posted_after_it()
    {
        var threader = new CommentThreader();
        threader.Add(0, "Frank", "2013-09-17T16:40:00", ["Gut so."], "In reply to Ute");
        threader.Add(0, "Ute", "2013-09-17T17:12:00", ["Endlich."]);
        threader.Add(0, "Mara", null, ["Und nun?"], "In reply to Ute");
        threader.Add(0, "Ute", null, ["Abwarten."]);

        Assert.Equal([null, null, 2, null], threader.Finish().Select(comment => comment.Parent));
    }

    [Fact]
    public void A_user_name_before_an_earlier_commenters_name_names_the_writer_and_the_comment_answered()
    {
        // "gracewanjiru Patricia Nettleton• a day ago": Disqus prints the parent's name after the writer's, and a copy of
        // the page's text keeps no indentation.
        var threader = new CommentThreader();
        threader.Add(0, "Patricia Nettleton", null, ["My heart goes out to Faith and her family."]);
        threader.Add(0, "gracewanjiru Patricia Nettleton", null, ["Thank you, Patricia."]);

        var comments = threader.Finish();
        Assert.Equal([null, 1], comments.Select(comment => comment.Parent));
        Assert.Equal("gracewanjiru", comments[1].Author);
    }

    [Fact]
    public void A_capitalised_first_name_before_an_earlier_commenters_name_stays_the_writers_whole_name()
    {
        var threader = new CommentThreader();
        threader.Add(0, "John", null, ["First."]);
        threader.Add(0, "Elton John", null, ["Second."]);

        var comments = threader.Finish();
        Assert.Equal([null, null], comments.Select(comment => comment.Parent));
        Assert.Equal("Elton John", comments[1].Author);
    }
}
