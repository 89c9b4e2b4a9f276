"""participants, votes and board controls

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('participants',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_participants_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participants')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_participants_token_hash'))
    )
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participants_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('votes',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('participant_id', sa.String(length=32), nullable=False),
    sa.Column('board_id', sa.String(length=32), nullable=False),
    sa.Column('note_id', sa.String(length=32), nullable=True),
    sa.Column('cluster_id', sa.String(length=32), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['board_id'], ['boards.id'], name=op.f('fk_votes_board_id_boards'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['cluster_id'], ['clusters.id'], name=op.f('fk_votes_cluster_id_clusters'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['note_id'], ['notes.id'], name=op.f('fk_votes_note_id_notes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_votes_participant_id_participants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_votes'))
    )
    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_votes_board_id'), ['board_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_votes_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_votes_note_id'), ['note_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_votes_participant_id'), ['participant_id'], unique=False)

    with op.batch_alter_table('boards', schema=None) as batch_op:
        batch_op.add_column(sa.Column('input_open', sa.Boolean(), server_default=sa.text('1'), nullable=False))
        batch_op.add_column(sa.Column('hidden_mode', sa.Boolean(), server_default=sa.text('0'), nullable=False))
        batch_op.add_column(sa.Column('voting_open', sa.Boolean(), server_default=sa.text('0'), nullable=False))
        batch_op.add_column(sa.Column('vote_budget', sa.Integer(), server_default='3', nullable=False))
        batch_op.add_column(sa.Column('vote_target', sa.String(length=16), server_default='notes', nullable=False))
        batch_op.add_column(sa.Column('results_visible', sa.Boolean(), server_default=sa.text('0'), nullable=False))

    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('participant_id', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('client_id', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('face_down', sa.Boolean(), server_default=sa.text('0'), nullable=False))
        batch_op.add_column(sa.Column('moderated', sa.Boolean(), server_default=sa.text('0'), nullable=False))
        batch_op.create_index(batch_op.f('ix_notes_participant_id'), ['participant_id'], unique=False)
        batch_op.create_unique_constraint('uq_notes_participant_client', ['participant_id', 'client_id'])
        batch_op.create_foreign_key(batch_op.f('fk_notes_participant_id_participants'), 'participants', ['participant_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.add_column(sa.Column('join_code', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('current_board_id', sa.String(length=32), nullable=True))
    # Sessions made before participation existed get a join code now.
    connection = op.get_bind()
    alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
    for (workshop_id,) in connection.execute(sa.text("SELECT id FROM workshops")).all():
        code = "".join(secrets.choice(alphabet) for _ in range(8))
        connection.execute(
            sa.text("UPDATE workshops SET join_code = :code WHERE id = :id"),
            {"code": code, "id": workshop_id},
        )
    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.alter_column('join_code', existing_type=sa.String(length=16), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_workshops_join_code'), ['join_code'])



def downgrade() -> None:
    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_workshops_join_code'), type_='unique')
        batch_op.drop_column('current_board_id')
        batch_op.drop_column('join_code')

    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_notes_participant_id_participants'), type_='foreignkey')
        batch_op.drop_constraint('uq_notes_participant_client', type_='unique')
        batch_op.drop_index(batch_op.f('ix_notes_participant_id'))
        batch_op.drop_column('moderated')
        batch_op.drop_column('face_down')
        batch_op.drop_column('client_id')
        batch_op.drop_column('participant_id')

    with op.batch_alter_table('boards', schema=None) as batch_op:
        batch_op.drop_column('results_visible')
        batch_op.drop_column('vote_target')
        batch_op.drop_column('vote_budget')
        batch_op.drop_column('voting_open')
        batch_op.drop_column('hidden_mode')
        batch_op.drop_column('input_open')

    with op.batch_alter_table('votes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_votes_participant_id'))
        batch_op.drop_index(batch_op.f('ix_votes_note_id'))
        batch_op.drop_index(batch_op.f('ix_votes_cluster_id'))
        batch_op.drop_index(batch_op.f('ix_votes_board_id'))

    op.drop_table('votes')
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participants_workshop_id'))

    op.drop_table('participants')
