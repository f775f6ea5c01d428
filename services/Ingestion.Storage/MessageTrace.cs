using System.Diagnostics;
using MassTransit;
using MassTransit.Logging;

namespace Ingestion.Storage;

/// <summary>
/// The span a message was received under. A batch consumer runs once for many messages, under the span of
/// whichever message completed the batch, so each message's own receive span is captured as it passes the
/// endpoint (<see cref="Filter"/>) and read back per message in the batch (<see cref="Of"/>).
/// </summary>
internal sealed record MessageTrace(ActivityContext Context)
{
    public static ActivityContext Of(ConsumeContext message)
    {
        if (message.ReceiveContext.TryGetPayload<MessageTrace>(out var trace) && trace.Context != default)
        {
            return trace.Context;
        }

        // No receive span (tracing off in this process): the sender's span from the message headers still
        // puts the work in the message's trace.
        return message.ReceiveContext.TransportHeaders.Get<string>(DiagnosticHeaders.ActivityId) is { } id
               && ActivityContext.TryParse(id, null, out var sent)
            ? sent
            : default;
    }

    public sealed class Filter : IFilter<ConsumeContext>
    {
        public Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
        {
            if (Activity.Current is { } receive)
            {
                context.ReceiveContext.GetOrAddPayload(() => new MessageTrace(receive.Context));
            }

            return next.Send(context);
        }

        public void Probe(ProbeContext context) => context.CreateFilterScope("messageTrace");
    }
}
