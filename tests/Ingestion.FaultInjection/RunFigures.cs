using System.Globalization;

namespace Ingestion.FaultInjection;

/// <summary>What one run (or the sum of several) ended with. A run passes when every file became exactly one document.</summary>
public sealed record RunFigures
{
    public int Runs { get; init; }

    public int FaultsInjected { get; init; }

    public int FilesIn { get; init; }

    /// <summary>Rows in <c>documents</c>.</summary>
    public int DocumentsStored { get; init; }

    /// <summary>Rows in <c>rejects</c> plus files in <c>failed/</c>: none expected, every page of the corpus is valid.</summary>
    public int Rejected { get; init; }

    /// <summary>Files whose document is neither stored nor rejected.</summary>
    public int Lost { get; init; }

    /// <summary>Extra <c>document_sources</c> rows: one file recorded as more than one drop.</summary>
    public int Duplicated { get; init; }

    public int WrongCommentCounts { get; init; }

    /// <summary>Files in neither <c>processed/</c> nor <c>failed/</c> (still in the inbox or in <c>.processing/</c>).</summary>
    public int FilesNotFiled { get; init; }

    public long ErrorQueueMessages { get; init; }

    /// <summary>Messages still waiting in the pipeline's queues at the end.</summary>
    public long MessagesLeft { get; init; }

    /// <summary>Faults after which a service was not ready again in time (a failed reconnect).</summary>
    public int NotRecovered { get; init; }

    /// <summary>Service processes that ended without being killed.</summary>
    public int UnexpectedExits { get; init; }

    /// <summary>Claims of a killed fetcher that a new one took over and published again.</summary>
    public int ClaimsTakenOver { get; init; }

    /// <summary>Files returned to the inbox because RabbitMQ did not confirm their publish.</summary>
    public int PublishesRetried { get; init; }

    /// <summary>Messages storage received for content it had already stored (redeliveries and second publishes).</summary>
    public int RepeatsAbsorbed { get; init; }

    public bool Passed =>
        DocumentsStored == FilesIn && Rejected == 0 && Lost == 0 && Duplicated == 0 && WrongCommentCounts == 0
        && FilesNotFiled == 0 && ErrorQueueMessages == 0 && MessagesLeft == 0 && NotRecovered == 0 && UnexpectedExits == 0;

    public static RunFigures operator +(RunFigures a, RunFigures b) => new()
    {
        Runs = a.Runs + b.Runs,
        FaultsInjected = a.FaultsInjected + b.FaultsInjected,
        FilesIn = a.FilesIn + b.FilesIn,
        DocumentsStored = a.DocumentsStored + b.DocumentsStored,
        Rejected = a.Rejected + b.Rejected,
        Lost = a.Lost + b.Lost,
        Duplicated = a.Duplicated + b.Duplicated,
        WrongCommentCounts = a.WrongCommentCounts + b.WrongCommentCounts,
        FilesNotFiled = a.FilesNotFiled + b.FilesNotFiled,
        ErrorQueueMessages = a.ErrorQueueMessages + b.ErrorQueueMessages,
        MessagesLeft = a.MessagesLeft + b.MessagesLeft,
        NotRecovered = a.NotRecovered + b.NotRecovered,
        UnexpectedExits = a.UnexpectedExits + b.UnexpectedExits,
        ClaimsTakenOver = a.ClaimsTakenOver + b.ClaimsTakenOver,
        PublishesRetried = a.PublishesRetried + b.PublishesRetried,
        RepeatsAbsorbed = a.RepeatsAbsorbed + b.RepeatsAbsorbed,
    };

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"runs {Runs}, faults injected {FaultsInjected}, files in {FilesIn}, documents stored {DocumentsStored}, " +
        $"rejected {Rejected}, lost {Lost}, duplicated {Duplicated}, wrong comment counts {WrongCommentCounts}, " +
        $"files not filed {FilesNotFiled}, error-queue messages {ErrorQueueMessages}, messages left {MessagesLeft}, " +
        $"not recovered {NotRecovered}, unexpected exits {UnexpectedExits}: {(Passed ? "PASSED" : "FAILED")} " +
        $"(recovery seen: claims taken over {ClaimsTakenOver}, publishes retried {PublishesRetried}, repeats absorbed {RepeatsAbsorbed})");
}
