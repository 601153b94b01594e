"""`GET /api/v1/graph/`: the relationship graph of a process, an actor or the whole tracker, as
`negotiations/graph.py` builds it for the pages too."""

from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response

from negotiations.api.views import SafeQueryParamsMixin
from negotiations.graph import PROCESS_NODE_KIND, EdgeKind, build_graph
from negotiations.models import Actor, NegotiationProcess

# The largest id the database's integer keys hold: a larger one names no record (and is a 400,
# not a database error).
MAX_ID = 2**63 - 1


class GraphQuerySerializer(serializers.Serializer):
    process = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_ID,
        help_text="The graph of this process (its id): its meetings, mediators, parties and the "
        "answers to its proposals.",
    )
    actor = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_ID,
        help_text="The graph of this actor (its id): the actor, everyone directly linked to it "
        "and the links among them. Without process or actor: the whole tracker.",
    )
    as_of = serializers.DateField(
        required=False,
        help_text="The world as it stood on this date (YYYY-MM-DD; today when not given).",
    )
    date_after = serializers.DateField(
        required=False, help_text="Only meetings, answers and periods on or after this date."
    )
    date_before = serializers.DateField(
        required=False, help_text="Only meetings, answers and periods on or before this date."
    )

    def validate_process(self, value):
        process = NegotiationProcess.objects.filter(pk=value).first()
        if process is None:
            raise serializers.ValidationError(f"No process with id {value}.")
        return process

    def validate_actor(self, value):
        actor = Actor.objects.filter(pk=value).first()
        if actor is None:
            raise serializers.ValidationError(f"No actor with id {value}.")
        return actor

    def validate(self, attrs):
        if "process" in attrs and "actor" in attrs:
            raise serializers.ValidationError(
                {"actor": ["Give either process or actor, not both."]}
            )
        after, before = attrs.get("date_after"), attrs.get("date_before")
        if after and before and before < after:
            raise serializers.ValidationError(
                {"date_before": ["The end of the range cannot be before its start."]}
            )
        return attrs


@extend_schema_field(
    {
        "oneOf": [{"type": "integer"}, {"type": "string", "pattern": r"^process:\d+$"}],
        "description": "An actor's id, or \"process:<id>\" for a process's node.",
    }
)
class NodeIdField(serializers.Field):
    def to_representation(self, value):
        return value


class GraphNodeSerializer(serializers.Serializer):
    id = NodeIdField()
    name = serializers.CharField()
    kind = serializers.ChoiceField(
        choices=[*Actor.Kind.choices, (PROCESS_NODE_KIND, "Process")],
        help_text="The actor's kind, or \"process\" for a process's node.",
    )
    degree = serializers.IntegerField(help_text="The number of edges that touch the node.")


class GraphEdgeSerializer(serializers.Serializer):
    source = NodeIdField()
    target = NodeIdField()
    kind = serializers.ChoiceField(choices=EdgeKind.choices)
    weight = serializers.IntegerField(
        help_text="met: meetings; mediates: mediating roles; responded: proposals answered; "
        "party: 1."
    )
    first = serializers.DateField(
        allow_null=True, help_text="The first real-world date the edge covers (null: unknown)."
    )
    last = serializers.DateField(
        allow_null=True,
        help_text="The last real-world date the edge covers (null: still running on the date "
        "shown, or unknown).",
    )
    meetings = serializers.ListField(
        child=serializers.IntegerField(), help_text="The ids of the meetings (met edges)."
    )


class GraphSerializer(serializers.Serializer):
    nodes = GraphNodeSerializer(many=True)
    edges = GraphEdgeSerializer(many=True)


class GraphView(SafeQueryParamsMixin, GenericAPIView):
    serializer_class = GraphSerializer
    pagination_class = None
    filter_backends = []

    @extend_schema(
        parameters=[GraphQuerySerializer],
        responses={200: GraphSerializer},
        operation_id="graph_retrieve",
        description="Who met whom, who mediates between whom, who is party to which process and "
        "who answered whose proposal: the graph of a process, an actor or (with neither) the "
        "whole tracker. Actors' nodes carry the actor's id; a process's node (where the graph "
        'spans processes) carries "process:<id>" and the kind "process".',
    )
    def get(self, request):
        # An empty parameter (`?process=`) is not given, as in the lists' filters.
        params = {name: value for name, value in request.query_params.items() if value != ""}
        query = GraphQuerySerializer(data=params)
        query.is_valid(raise_exception=True)
        graph = build_graph(**query.validated_data)
        return Response(GraphSerializer(graph).data)
