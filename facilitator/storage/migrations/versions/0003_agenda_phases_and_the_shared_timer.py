"""agenda phases and the shared timer

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('timers',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('mode', sa.String(length=16), nullable=False),
    sa.Column('duration', sa.Float(), nullable=False),
    sa.Column('elapsed', sa.Float(), nullable=False),
    sa.Column('started_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['id'], ['workshops.id'], name=op.f('fk_timers_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_timers'))
    )
    op.create_table('phases',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('workshop_id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('board_id', sa.String(length=32), nullable=True),
    sa.Column('planned', sa.Float(), nullable=False),
    sa.Column('instruction', sa.Text(), nullable=False),
    sa.Column('spent', sa.Float(), nullable=False),
    sa.Column('started_at', sa.String(length=32), nullable=True),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('cluster_id', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['board_id'], ['boards.id'], name=op.f('fk_phases_board_id_boards'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['cluster_id'], ['clusters.id'], name=op.f('fk_phases_cluster_id_clusters'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_phases_workshop_id_workshops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phases'))
    )
    with op.batch_alter_table('phases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phases_board_id'), ['board_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_phases_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_phases_workshop_id'), ['workshop_id'], unique=False)

    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.add_column(sa.Column('current_phase_id', sa.String(length=32), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.drop_column('current_phase_id')

    with op.batch_alter_table('phases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phases_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_phases_board_id'))
        batch_op.drop_index(batch_op.f('ix_phases_cluster_id'))

    op.drop_table('phases')
    op.drop_table('timers')
